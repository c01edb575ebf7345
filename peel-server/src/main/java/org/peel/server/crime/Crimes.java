package org.peel.server.crime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.platform.AddressLocations;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.EditConflictException;
import org.peel.server.platform.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recorded crimes: recording from an incident (one crime per victim), changes, reclassification, cancellation by
 * the Force Crime Registrar, finalising with a Home Office outcome, and reopening. Every step is kept in the crime's
 * history, and written with its audit entry and change-log entry in one transaction.
 */
@Service
public class Crimes {

    /** The record type written to the audit log and the change log. */
    public static final String RECORD_TYPE = "crime";

    private final CrimeRepository repository;
    private final IncidentRepository incidents;
    private final CrimeValidator validator;
    private final ReferenceNumbers numbers;
    private final CrimeReferenceData referenceData;
    private final RecordKeeping records;
    private final Clock clock;
    private final ListFilters filters;
    private final RecordLists lists;
    private final LocatedAddresses places;

    Crimes(CrimeRepository repository, IncidentRepository incidents, CrimeValidator validator, ReferenceNumbers numbers,
           CrimeReferenceData referenceData, RecordKeeping records, Clock clock, ListFilters filters,
           RecordLists lists, LocatedAddresses places) {
        this.filters = filters;
        this.lists = lists;
        this.places = places;
        this.repository = repository;
        this.incidents = incidents;
        this.validator = validator;
        this.numbers = numbers;
        this.referenceData = referenceData;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Records crimes from an incident: one for each victim, each with its own crime reference number, linked through
     * the incident. The first recording is the incident's crime decision; whether it beat the 24-hour clock is kept.
     */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public List<CrimeRecord> record(long incidentId, CrimeRequests.NewCrimes request) {
        IncidentRepository.IncidentRow incident = incidents.find(incidentId)
                .orElseThrow(() -> new RecordNotFoundException(Incidents.RECORD_TYPE, incidentId));
        CrimeContent.NewCrimes content = validator.newCrimes(request, incident, repository.ofIncident(incidentId));
        Instant now = clock.instant();
        String username = CurrentUser.username();
        if (!incidents.markCrimeRecorded(incidentId, content.version(), username, now)) {
            throw new EditConflictException(Incidents.RECORD_TYPE, incidentId, content.version(), incident.version());
        }
        Instant deadline = RecordingStandard.deadline(incident.reportedAt());
        boolean late = now.isAfter(deadline);
        CrimeReferenceData.Offence offence = content.offence();
        List<Long> recorded = new ArrayList<>();
        for (long victim : content.victimIds()) {
            String reference = numbers.next(ReferenceNumbers.CRIME, now);
            long id = repository.insert(reference, new CrimeRepository.NewCrime(incidentId, victim, offence,
                    content.committed().from(), content.committed().to(), content.location(), content.suspectIds(),
                    content.modusOperandi(), deadline), username, now);
            repository.setLocation(id, places.locate(AddressLocations.Holder.CRIME, id, content.location(), null));
            repository.addEvent(id, new CrimeEvent(now, username, CrimeEvent.Kind.RECORDED, null, offence.code(), null,
                    late ? "recorded after the 24-hour clock ran out" : null));
            records.kept(RECORD_TYPE, id, AuditAction.COLLECTION, "recorded crime " + reference + " ("
                    + offence.code() + " " + offence.title() + ") from incident " + incident.reference()
                    + (late ? "; recorded late" : ""));
            recorded.add(id);
        }
        records.kept(Incidents.RECORD_TYPE, incidentId, AuditAction.ALTERATION, "recorded " + recorded.size()
                + " crime(s) from incident " + incident.reference());
        return recorded.stream().map(this::load).toList();
    }

    /** Changes a crime's details (times, place, suspects, method, OPEN or UNDER_INVESTIGATION). */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public CrimeRecord update(long id, CrimeRequests.CrimeChanges changes) {
        CrimeRepository.CrimeRow stored = stored(id);
        CrimeContent.Changes content = validator.changes(changes, stored);
        return change(stored, content.version(), (username, now) -> repository.updateDetails(id, content.version(),
                        content.committed().from(), content.committed().to(), content.location(),
                        content.modusOperandi(), content.status(), content.suspectIds(), username, now)
                        && located(id, content.location(), stored.locationId()),
                new Step(CrimeEvent.Kind.CHANGED, stored.status().name(), content.status().name(), null, null),
                "changed crime " + stored.reference());
    }

    /** Reclassifies a crime to another offence; the history keeps who, when, from, to and why. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public CrimeRecord reclassify(long id, CrimeRequests.Reclassification request) {
        CrimeRepository.CrimeRow stored = stored(id);
        CrimeContent.Reclassification content = validator.reclassification(request, stored);
        String offenceCode = content.offence().code();
        return change(stored, content.version(), (username, now) -> repository.reclassify(id, content.version(),
                        content.offence(), username, now),
                new Step(CrimeEvent.Kind.RECLASSIFIED, stored.offenceCode(), offenceCode, null, content.reason()),
                "reclassified crime " + stored.reference() + " from " + stored.offenceCode() + " to " + offenceCode);
    }

    /** The Force Crime Registrar's cancellation, with a counting-rules reason. The crime keeps its number. */
    @Transactional
    @PreAuthorize(Role.REGISTRAR)
    public CrimeRecord cancel(long id, CrimeRequests.Cancellation request) {
        CrimeRepository.CrimeRow stored = stored(id);
        CrimeContent.Cancellation content = validator.cancellation(request, stored);
        String reasonCode = content.reason().code();
        return change(stored, content.version(), (username, now) -> repository.cancel(id, content.version(),
                        reasonCode, content.rationale(), username, now),
                new Step(CrimeEvent.Kind.CANCELLED, stored.status().name(), CrimeStatus.CANCELLED.name(), reasonCode,
                        content.rationale()),
                "cancelled crime " + stored.reference() + ": " + reasonCode);
    }

    /**
     * Finalises a crime with a Home Office outcome type. The outcome's required fields (a named suspect, the victim's
     * view) come from the reference data; the signed-in user is recorded as the decision maker.
     */
    @Transactional
    @PreAuthorize(Role.SUPERVISE)
    public CrimeRecord finalise(long id, CrimeRequests.Finalisation request) {
        CrimeRepository.CrimeRow stored = stored(id);
        CrimeContent.Finalisation content = validator.finalisation(request, stored);
        String outcomeCode = content.outcome().code();
        return change(stored, content.version(), (username, now) -> repository.finalise(id, content.version(),
                        outcomeCode, content.rationale(), content.victimView(), content.suspectIds(), username, now),
                new Step(CrimeEvent.Kind.FINALISED, stored.status().name(), outcomeCode, outcomeCode,
                        content.rationale()),
                "finalised crime " + stored.reference() + " with outcome " + outcomeCode);
    }

    /** Reopens a finalised crime; the outcome it had stays in the history. */
    @Transactional
    @PreAuthorize(Role.SUPERVISE)
    public CrimeRecord reopen(long id, CrimeRequests.Reopening request) {
        CrimeRepository.CrimeRow stored = stored(id);
        CrimeContent.Reopening content = validator.reopening(request, stored);
        return change(stored, content.version(), (username, now) -> repository.reopen(id, content.version(),
                        username, now),
                new Step(CrimeEvent.Kind.REOPENED, stored.outcomeCode(), CrimeStatus.UNDER_INVESTIGATION.name(), null,
                        content.reason()),
                "reopened crime " + stored.reference());
    }

    /** A crime for a user to look at: audited as a consultation. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public CrimeRecord view(long id) {
        CrimeRecord crime = find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        records.consulted(RECORD_TYPE, id, "viewed crime " + crime.reference());
        return crime;
    }

    /**
     * Crimes matching an officer's filter, one bounded page, sorted as asked. Written to the audit log as a search;
     * 400 naming any filter field that cannot be read.
     */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public RecordList<CrimeListItem> list(RecordListFilter filter) {
        ListFilters.Checked checked = filters.crimes(filter);
        RecordList<CrimeListItem> list = lists.crimes(checked);
        records.consultedAll(RECORD_TYPE, list.items().stream().map(CrimeListItem::id).toList(),
                "listed crimes" + checked.described() + "; " + list.total() + " found");
        return list;
    }

    /** For other modules and pages that audit their own use: no audit entry. */
    @Transactional(readOnly = true)
    public Optional<CrimeRecord> find(long id) {
        return repository.find(id).map(this::assemble);
    }

    /** A person's part in a crime, for the person's page. */
    public record Involvement(CrimeRecord crime, String role) {
    }

    /**
     * The crimes a person is the victim of or a suspect in, newest first (at most {@code limit}). No audit entry:
     * the caller (the person's page) has audited viewing the person.
     */
    @Transactional(readOnly = true)
    public List<Involvement> involving(long personId, int limit) {
        return repository.involving(personId, Math.max(1, Math.min(limit, 500))).stream()
                .flatMap(entry -> find(entry.getKey()).map(crime -> new Involvement(crime, entry.getValue())).stream())
                .toList();
    }

    /** The id of the crime with this reference number. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String reference) {
        return repository.idOf(reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT));
    }

    /** A write of a crime's row: true when the row still had the version the change was made to. */
    @FunctionalInterface
    private interface Write {
        boolean to(String username, Instant now);
    }

    /** The step a change adds to the crime's history, less who and when. */
    private record Step(CrimeEvent.Kind kind, String fromValue, String toValue, String reasonCode, String rationale) {
    }

    /**
     * The tail of every change to a recorded crime: write it as the signed-in user now, or refuse it when someone
     * changed the crime since {@code version}; then add the step to its history and keep the record of the change.
     */
    private CrimeRecord change(CrimeRepository.CrimeRow stored, long version, Write write, Step step,
                               String auditDetail) {
        Instant now = clock.instant();
        String username = CurrentUser.username();
        if (!write.to(username, now)) {
            throw new EditConflictException(RECORD_TYPE, stored.id(), version, stored.version());
        }
        repository.addEvent(stored.id(), new CrimeEvent(now, username, step.kind(), step.fromValue(), step.toValue(),
                step.reasonCode(), step.rationale()));
        records.kept(RECORD_TYPE, stored.id(), AuditAction.ALTERATION, auditDetail);
        return load(stored.id());
    }

    private CrimeRepository.CrimeRow stored(long id) {
        return repository.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private CrimeRecord load(long id) {
        return find(id).orElseThrow();
    }

    private CrimeRecord assemble(CrimeRepository.CrimeRow row) {
        CrimeReferenceData.Offence offence = referenceData.offence(row.offenceCode()).orElse(
                new CrimeReferenceData.Offence(row.offenceCode(), null, row.offenceCode(), "unknown"));
        CrimeRecord.Outcome outcome = row.outcomeCode() == null ? null : new CrimeRecord.Outcome(row.outcomeCode(),
                referenceData.outcomeType(row.outcomeCode()).map(CrimeReferenceData.OutcomeType::title)
                        .orElse(row.outcomeCode()),
                row.outcomeRationale(), row.outcomeVictimView(), row.finalisedAt(), row.finalisedBy());
        CrimeRecord.Cancellation cancellation = row.cancellationReason() == null ? null
                : new CrimeRecord.Cancellation(row.cancellationReason(),
                referenceData.cancellationReason(row.cancellationReason()).map(CrimeReferenceData.Reason::title)
                        .orElse(row.cancellationReason()),
                row.cancellationRationale(), row.cancelledAt(), row.cancelledBy());
        List<CrimeRecord.LinkedCrime> linked = repository.ofIncident(row.incidentId()).stream()
                .filter(other -> other.id() != row.id())
                .map(other -> new CrimeRecord.LinkedCrime(other.id(), other.reference(), other.victimId())).toList();
        Optional<AddressLocations.Place> place = places.place(row.locationId());
        return new CrimeRecord(row.id(), row.reference(), row.version(), row.incidentId(), row.incidentReference(),
                row.victimId(), offence, row.committedFrom(), row.committedTo(), row.location(), row.suspectIds(),
                row.modusOperandi(), row.status(), row.recordedAt(), row.recordedBy(), row.recordingDeadline(),
                row.recordedAt().isAfter(row.recordingDeadline()), outcome, cancellation, linked,
                repository.history(row.id()), row.updatedAt(), row.updatedBy(),
                place.orElse(null), places.warnings(place, row.location()));
    }

    /** Resolves a changed crime's address to a location and stores it; always true, to chain after the update. */
    private boolean located(long id, Location location, Long previous) {
        repository.setLocation(id, places.locate(AddressLocations.Holder.CRIME, id, location, previous));
        return true;
    }


    /**
     * "Reference offence" for each of these crimes ({@code 26/000123/26 Burglary - residential}), for labels in
     * other modules' lists (the network view): one query however many. No audit entry; ids that name no crime are
     * left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> labels(Collection<Long> ids) {
        Map<Long, String> labels = new LinkedHashMap<>();
        repository.referencesAndOffences(ids).forEach((id, crime) -> labels.put(id, crime.getKey() + " "
                + referenceData.offence(crime.getValue()).map(CrimeReferenceData.Offence::title)
                .orElse(crime.getValue())));
        return labels;
    }
}
