package org.peel.server.missing;

import java.time.format.DateTimeFormatter;
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
 * Missing-person episodes in the home search box, as the person's page names them ("Episode 42"), or typed
 * "missing 42", "MIS-42", "mp 42". One lookup by id.
 */
@Component
class EpisodeReferences implements ReferenceFinder {

    private static final Pattern LOOSE = Pattern.compile("(EPISODE|MISSING|MIS|MP)[\\s\\-/#:]*(\\d{1,12})",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final EpisodeRepository repository;
    private final PersonNames names;
    private final ForceCalendar calendar;
    private final AuditLog auditLog;

    EpisodeReferences(EpisodeRepository repository, PersonNames names, ForceCalendar calendar, AuditLog auditLog) {
        this.repository = repository;
        this.names = names;
        this.calendar = calendar;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public List<FoundRecord> find(String typed, int limit) {
        Matcher loose = typed == null ? null : LOOSE.matcher(typed.strip());
        if (loose == null || !loose.matches() || limit < 1) {
            return List.of();
        }
        long id = Long.parseLong(loose.group(2));
        Optional<FoundRecord> found = repository.find(id).map(row -> new FoundRecord("Missing-person episode",
                "Episode " + row.id(), names.of(List.of(row.personId())).getOrDefault(row.personId(), "Person "
                + row.personId()) + " · " + row.status().title() + " · reported "
                + DAY.withZone(calendar.zone()).format(row.reportedAt()), "/missing/episodes/" + row.id()));
        auditLog.recordConsulted(MissingEpisodes.RECORD_TYPE, found.isPresent() ? List.of(id) : List.of(),
                "looked up missing episode " + id + "; " + (found.isPresent() ? 1 : 0) + " found");
        return found.stream().toList();
    }
}
