package org.peel.server.crime;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.platform.AddressLocations;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.EditConflictException;
import org.peel.server.platform.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents: every report is registered as one first. Each write stores the incident, its audit entry and its
 * change-log entry in one transaction; viewing one is audited as a consultation.
 */
@Service
public class Incidents {

    /** The record type written to the audit log and the change log. */
    public static final String RECORD_TYPE = "incident";

    private final IncidentRepository repository;
    private final CrimeRepository crimes;
    private final CrimeValidator validator;
    private final ReferenceNumbers numbers;
    private final CrimeReferenceData referenceData;
    private final RecordKeeping records;
    private final Clock clock;
    private final ListFilters filters;
    private final RecordLists lists;
    private final LocatedAddresses places;

    Incidents(IncidentRepository repository, CrimeRepository crimes, CrimeValidator validator,
              ReferenceNumbers numbers, CrimeReferenceData referenceData, RecordKeeping records, Clock clock,
              ListFilters filters, RecordLists lists, LocatedAddresses places) {
        this.filters = filters;
        this.lists = lists;
        this.places = places;
        this.repository = repository;
        this.crimes = crimes;
        this.validator = validator;
        this.numbers = numbers;
        this.referenceData = referenceData;
        this.records = records;
        this.clock = clock;
    }

    /** Checks and registers a new incident with the next reference number of the year. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Incident register(IncidentDetails details) {
        IncidentContent content = validator.incident(details);
        Instant now = clock.instant();
        String reference = numbers.next(ReferenceNumbers.INCIDENT, now);
        long id = repository.insert(reference, content, CurrentUser.username(), now);
        repository.setLocation(id, places.locate(AddressLocations.Holder.INCIDENT, id, content.location(), null));
        records.kept(RECORD_TYPE, id, AuditAction.COLLECTION, "registered incident " + reference
                + (content.crimeRelated() ? " (crime-related: the 24-hour recording clock runs)" : ""));
        return load(id);
    }

    /**
     * Replaces an incident's details, provided nobody changed it since {@code details.version()}. Once a crime
     * decision is made, the time of report (which the clock ran from) and the crime-relevance flag stay as they were.
     */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Incident update(long id, IncidentDetails details) {
        IncidentRepository.IncidentRow stored = stored(id);
        CrimeContent.IncidentChange change = validator.incidentChange(details, stored);
        if (!repository.update(id, change.version(), change.details(), CurrentUser.username(), clock.instant())) {
            throw new EditConflictException(RECORD_TYPE, id, change.version(), stored.version());
        }
        repository.setLocation(id, places.locate(AddressLocations.Holder.INCIDENT, id, change.details().location(),
                stored.locationId()));
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "changed incident " + stored.reference()
                + " to version " + (change.version() + 1));
        return load(id);
    }

    /**
     * The auditable decision not to record a crime for a crime-related incident: a reason from the reference data
     * and a written rationale. Refused once crimes have been recorded from the incident (the registrar cancels those).
     */
    @Transactional
    @PreAuthorize(Role.SUPERVISE)
    public Incident decideNotToRecord(long id, CrimeRequests.DecisionNotToRecord decision) {
        IncidentRepository.IncidentRow stored = stored(id);
        CrimeContent.NotToRecord content = validator.notToRecord(decision, stored);
        Instant now = clock.instant();
        if (!repository.markNotRecorded(id, content.version(), content.reason().code(), content.rationale(),
                CurrentUser.username(), now)) {
            throw new EditConflictException(RECORD_TYPE, id, content.version(), stored.version());
        }
        boolean late = now.isAfter(RecordingStandard.deadline(stored.reportedAt()));
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "decided not to record a crime for incident "
                + stored.reference() + ": " + content.reason().code()
                + (late ? " (after the 24-hour clock ran out)" : ""));
        return load(id);
    }

    /** An incident for a user to look at: audited as a consultation. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Incident view(long id) {
        Incident incident = find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        records.consulted(RECORD_TYPE, id, "viewed incident " + incident.reference());
        return incident;
    }

    /**
     * Incidents matching an officer's filter, one bounded page, sorted as asked. Written to the audit log as a
     * search; 400 naming any filter field that cannot be read.
     */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public RecordList<IncidentListItem> list(RecordListFilter filter) {
        ListFilters.Checked checked = filters.incidents(filter);
        RecordList<IncidentListItem> list = lists.incidents(checked, clock.instant());
        records.consultedAll(RECORD_TYPE, list.items().stream().map(IncidentListItem::id).toList(),
                "listed incidents" + checked.described() + "; " + list.total() + " found");
        return list;
    }

    /** For other modules and pages that audit their own use: no audit entry. */
    @Transactional(readOnly = true)
    public Optional<Incident> find(long id) {
        return repository.find(id).map(this::assemble);
    }

    /** The id of the incident with this reference number. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String reference) {
        return repository.idOf(reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private IncidentRepository.IncidentRow stored(long id) {
        return repository.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Incident load(long id) {
        return find(id).orElseThrow();
    }

    private Incident assemble(IncidentRepository.IncidentRow row) {
        Incident.Decision decision = null;
        if (row.decision() != null) {
            decision = new Incident.Decision(row.decision(), row.decidedAt(), row.decidedBy(), row.noCrimeReason(),
                    row.noCrimeReason() == null ? null : referenceData.noCrimeReason(row.noCrimeReason())
                            .map(CrimeReferenceData.Reason::title).orElse(row.noCrimeReason()),
                    row.noCrimeRationale());
        }
        List<Incident.CrimeSummary> recorded = crimes.ofIncident(row.id()).stream()
                .map(crime -> new Incident.CrimeSummary(crime.id(), crime.reference(), crime.victimId(),
                        crime.offenceCode(), referenceData.offence(crime.offenceCode())
                        .map(CrimeReferenceData.Offence::title).orElse(crime.offenceCode()), crime.status()))
                .toList();
        Optional<AddressLocations.Place> place = places.place(row.locationId());
        return new Incident(row.id(), row.reference(), row.version(), row.reportedAt(), row.channel(),
                row.reportingPersonId(), row.victimIds(), row.location(), row.account(), row.crimeRelated(),
                Incident.RecordingClock.of(row.crimeRelated(), row.reportedAt(), decision, clock.instant()),
                decision, recorded, row.createdAt(), row.createdBy(), row.updatedAt(), row.updatedBy(),
                place.orElse(null), places.warnings(place, row.location()));
    }

    /** The warnings every source knows of at {@code location}, for an incident or crime there. */
    static List<LocationWarnings.Warning> warningsAt(ObjectProvider<LocationWarnings> sources, Location location) {
        if (location == null) {
            return List.of();
        }
        return sources.orderedStream().flatMap(source -> source.at(location).stream()).toList();
    }

    /**
     * The reference numbers of these incidents, for labels in lists of other modules (the network view): one query
     * however many. No audit entry; ids that name no incident are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> references(Collection<Long> ids) {
        return repository.references(ids);
    }
}
