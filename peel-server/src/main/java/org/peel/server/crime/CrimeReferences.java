package org.peel.server.crime;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditLog;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.search.ReferenceFinder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incident and crime references in the home search box, however loosely typed: "INC-2026-000123", "inc 2026 123",
 * "CRM-2026-123", "crm2026/45", or without the year ("INC 123", read as this year's). One lookup by the reference
 * as Peel writes it, so at most one query for each kind.
 */
@Component
class CrimeReferences implements ReferenceFinder {

    private static final Pattern LOOSE = Pattern.compile(
            "(INC|CRM|INCIDENT|CRIME)[\\s\\-/#:]*(?:(\\d{4})[\\s\\-/]+)?(\\d{1,6})", Pattern.CASE_INSENSITIVE);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final IncidentRepository incidents;
    private final CrimeRepository crimes;
    private final CrimeReferenceData referenceData;
    private final ForceCalendar calendar;
    private final AuditLog auditLog;

    CrimeReferences(IncidentRepository incidents, CrimeRepository crimes, CrimeReferenceData referenceData,
                    ForceCalendar calendar, AuditLog auditLog) {
        this.incidents = incidents;
        this.crimes = crimes;
        this.referenceData = referenceData;
        this.calendar = calendar;
        this.auditLog = auditLog;
    }

    /** The reference as Peel writes it, when {@code typed} is an incident or crime reference; else empty. */
    Optional<String> reference(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher loose = LOOSE.matcher(typed.strip());
        if (!loose.matches()) {
            return Optional.empty();
        }
        String kind = loose.group(1).toUpperCase(Locale.ROOT).startsWith("INC") ? ReferenceNumbers.INCIDENT
                : ReferenceNumbers.CRIME;
        int year = loose.group(2) == null ? calendar.today().getYear() : Integer.parseInt(loose.group(2));
        return Optional.of(ReferenceNumbers.format(kind, year, Long.parseLong(loose.group(3))));
    }

    @Override
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public List<FoundRecord> find(String typed, int limit) {
        Optional<String> reference = reference(typed);
        if (reference.isEmpty() || limit < 1) {
            return List.of();
        }
        List<FoundRecord> found = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        boolean incident = reference.get().startsWith(ReferenceNumbers.INCIDENT);
        if (incident) {
            incidents.idOf(reference.get()).flatMap(incidents::find).ifPresent(row -> {
                ids.add(row.id());
                found.add(new FoundRecord("Incident", row.reference(), "Reported "
                        + WHEN.withZone(calendar.zone()).format(row.reportedAt())
                        + (row.location().summary().isEmpty() ? "" : " at " + row.location().summary()),
                        "/incidents/" + row.id()));
            });
        } else {
            crimes.idOf(reference.get()).flatMap(crimes::find).ifPresent(row -> {
                ids.add(row.id());
                found.add(new FoundRecord("Crime", row.reference(), referenceData.offence(row.offenceCode())
                        .map(CrimeReferenceData.Offence::title).orElse(row.offenceCode()) + " · "
                        + row.status().title(), "/crimes/" + row.id()));
            });
        }
        auditLog.recordConsulted(incident ? Incidents.RECORD_TYPE : Crimes.RECORD_TYPE, ids,
                "looked up reference " + reference.get() + "; " + found.size() + " found");
        return found;
    }
}
