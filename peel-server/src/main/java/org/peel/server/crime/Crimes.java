package org.peel.server.crime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditLog;
import org.peel.server.changelog.ChangeLog;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.EditConflictException;
import org.peel.server.platform.FieldErrors;
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
    static final int MAX_TEXT = 4000;

    private final CrimeRepository repository;
    private final IncidentRepository incidents;
    private final CrimeInput input;
    private final ReferenceNumbers numbers;
    private final CrimeReferenceData referenceData;
    private final AuditLog auditLog;
    private final ChangeLog changeLog;
    private final Clock clock;

    Crimes(CrimeRepository repository, IncidentRepository incidents, CrimeInput input, ReferenceNumbers numbers,
           CrimeReferenceData referenceData, AuditLog auditLog, ChangeLog changeLog, Clock clock) {
        this.repository = repository;
        this.incidents = incidents;
        this.input = input;
        this.numbers = numbers;
        this.referenceData = referenceData;
        this.auditLog = auditLog;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Records crimes from an incident: one for each victim, each with its own crime reference number, linked through
     * the incident. The first recording is the incident's crime decision; whether it beat the 24-hour clock is kept.
     */
    @Transactional
    public List<CrimeRecord> record(long incidentId, CrimeRequests.NewCrimes request) {
        IncidentRepository.IncidentRow incident = incidents.find(incidentId)
                .orElseThrow(() -> new RecordNotFoundException(Incidents.RECORD_TYPE, incidentId));
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "is missing: send the crime details as JSON").throwIfAny();
        }
        Instant now = clock.instant();
        CrimeInput.requireVersion(request.version(), errors);
        CrimeReferenceData.Offence offence = offence("offenceCode", request.offenceCode(), errors);
        Instant[] committed = committed(request.committedFrom(), request.committedTo(), now, errors);
        List<Long> victims = request.victimIds() == null ? incident.victimIds()
                : input.personIds("victimIds", request.victimIds(), errors);
        if (victims.isEmpty() && errors.list().stream().noneMatch(error -> error.field().startsWith("victimIds"))) {
            errors.add("victimIds", "is required: a crime is recorded for each victim; name at least one victim "
                    + "(record the person first, after the duplicate check)");
        }
        List<CrimeRepository.CrimeRow> already = repository.ofIncident(incidentId);
        for (int i = 0; i < victims.size(); i++) {
            long victim = victims.get(i);
            int index = request.victimIds() == null ? i : request.victimIds().indexOf(victim);
            already.stream().filter(crime -> crime.victimId() == victim && crime.status() != CrimeStatus.CANCELLED)
                    .findFirst().ifPresent(crime -> errors.add(request.victimIds() == null ? "victimIds" : "victimIds[" + index + "]",
                            "person " + victim + " already has crime " + crime.reference() + " from this incident"));
        }
        List<Long> suspects = input.personIds("suspectIds", request.suspectIds(), errors);
        Location location = request.location() == null ? incident.location()
                : CrimeInput.location("location", request.location(), errors);
        errors.limitText("modusOperandi", request.modusOperandi(), MAX_TEXT);
        errors.throwIfAny();

        String username = CurrentUser.username();
        if (!incidents.markCrimeRecorded(incidentId, request.version(), username, now)) {
            throw new EditConflictException(Incidents.RECORD_TYPE, incidentId, request.version(), incident.version());
        }
        Instant deadline = RecordingStandard.deadline(incident.reportedAt());
        boolean late = now.isAfter(deadline);
        List<Long> recorded = new ArrayList<>();
        for (long victim : victims) {
            String reference = numbers.next(ReferenceNumbers.CRIME, now);
            long id = repository.insert(reference, new CrimeRepository.NewCrime(incidentId, victim, offence,
                    committed[0], committed[1], location, suspects, CrimeInput.tidy(request.modusOperandi()), deadline),
                    username, now);
            repository.addEvent(id, new CrimeEvent(now, username, CrimeEvent.Kind.RECORDED, null, offence.code(), null,
                    late ? "recorded after the 24-hour clock ran out" : null));
            auditLog.record(AuditAction.COLLECTION, RECORD_TYPE, id, "recorded crime " + reference + " ("
                    + offence.code() + " " + offence.title() + ") from incident " + incident.reference()
                    + (late ? "; recorded late" : ""));
            changeLog.append(RECORD_TYPE, id);
            recorded.add(id);
        }
        auditLog.record(AuditAction.ALTERATION, Incidents.RECORD_TYPE, incidentId, "recorded " + recorded.size()
                + " crime(s) from incident " + incident.reference());
        changeLog.append(Incidents.RECORD_TYPE, incidentId);
        return recorded.stream().map(this::load).toList();
    }

    /** Changes a crime's details (times, place, suspects, method, OPEN or UNDER_INVESTIGATION). */
    @Transactional
    public CrimeRecord update(long id, CrimeRequests.CrimeChanges changes) {
        CrimeRepository.CrimeRow stored = stored(id);
        FieldErrors errors = new FieldErrors();
        if (changes == null) {
            errors.add("body", "is missing: send the changes as JSON").throwIfAny();
        }
        CrimeInput.requireVersion(changes.version(), errors);
        Instant now = clock.instant();
        Instant[] committed = committed(changes.committedFrom(), changes.committedTo(), now, errors);
        List<Long> suspects = input.personIds("suspectIds", changes.suspectIds(), errors);
        Location location = changes.location() == null ? stored.location()
                : CrimeInput.location("location", changes.location(), errors);
        errors.limitText("modusOperandi", changes.modusOperandi(), MAX_TEXT);
        CrimeStatus status = stored.status();
        if (stored.status() == CrimeStatus.FINALISED || stored.status() == CrimeStatus.CANCELLED) {
            errors.add("status", "the crime is " + stored.status() + "; reopen it before changing it");
        } else if (!CrimeInput.blank(changes.status())) {
            try {
                status = CrimeStatus.valueOf(changes.status().strip().toUpperCase(Locale.ROOT));
                if (status != CrimeStatus.OPEN && status != CrimeStatus.UNDER_INVESTIGATION) {
                    errors.add("status", "must be OPEN or UNDER_INVESTIGATION here; finalise with an outcome, and "
                            + "cancellation is the registrar's");
                }
            } catch (IllegalArgumentException unknown) {
                errors.add("status", "must be OPEN or UNDER_INVESTIGATION, got '" + changes.status() + "'");
            }
        }
        errors.throwIfAny();
        String username = CurrentUser.username();
        if (!repository.updateDetails(id, changes.version(), committed[0], committed[1], location,
                CrimeInput.tidy(changes.modusOperandi()), status, suspects, username, now)) {
            throw new EditConflictException(RECORD_TYPE, id, changes.version(), stored.version());
        }
        repository.addEvent(id, new CrimeEvent(now, username, CrimeEvent.Kind.CHANGED, stored.status().name(),
                status.name(), null, null));
        return written(id, AuditAction.ALTERATION, "changed crime " + stored.reference());
    }

    /** Reclassifies a crime to another offence; the history keeps who, when, from, to and why. */
    @Transactional
    public CrimeRecord reclassify(long id, CrimeRequests.Reclassification request) {
        CrimeRepository.CrimeRow stored = stored(id);
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "is missing: send the new classification as JSON").throwIfAny();
        }
        CrimeInput.requireVersion(request.version(), errors);
        CrimeReferenceData.Offence offence = offence("offenceCode", request.offenceCode(), errors);
        if (offence != null && offence.code().equals(stored.offenceCode())) {
            errors.add("offenceCode", "is already the crime's classification");
        }
        errors.requireText("reason", request.reason(), MAX_TEXT);
        if (stored.status() == CrimeStatus.CANCELLED) {
            errors.add("status", "the crime is cancelled and cannot be reclassified");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        String username = CurrentUser.username();
        if (!repository.reclassify(id, request.version(), offence, username, now)) {
            throw new EditConflictException(RECORD_TYPE, id, request.version(), stored.version());
        }
        repository.addEvent(id, new CrimeEvent(now, username, CrimeEvent.Kind.RECLASSIFIED, stored.offenceCode(),
                offence.code(), null, request.reason().strip()));
        return written(id, AuditAction.ALTERATION, "reclassified crime " + stored.reference() + " from "
                + stored.offenceCode() + " to " + offence.code());
    }

    /** The Force Crime Registrar's cancellation, with a counting-rules reason. The crime keeps its number. */
    @Transactional
    @PreAuthorize(Role.REGISTRAR)
    public CrimeRecord cancel(long id, CrimeRequests.Cancellation request) {
        CrimeRepository.CrimeRow stored = stored(id);
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "is missing: send the reason and the rationale as JSON").throwIfAny();
        }
        CrimeInput.requireVersion(request.version(), errors);
        Optional<CrimeReferenceData.Reason> reason = referenceData.cancellationReason(request.reasonCode());
        if (reason.isEmpty()) {
            errors.add("reasonCode", (CrimeInput.blank(request.reasonCode()) ? "is required"
                    : "'" + request.reasonCode() + "' is not a cancellation reason of the counting rules")
                    + "; use one of " + Incidents.codes(referenceData.cancellationReasons()));
        }
        errors.requireText("rationale", request.rationale(), MAX_TEXT);
        if (stored.status() == CrimeStatus.CANCELLED) {
            errors.add("status", "the crime is already cancelled");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        String username = CurrentUser.username();
        if (!repository.cancel(id, request.version(), reason.get().code(), request.rationale().strip(), username, now)) {
            throw new EditConflictException(RECORD_TYPE, id, request.version(), stored.version());
        }
        repository.addEvent(id, new CrimeEvent(now, username, CrimeEvent.Kind.CANCELLED, stored.status().name(),
                CrimeStatus.CANCELLED.name(), reason.get().code(), request.rationale().strip()));
        return written(id, AuditAction.ALTERATION, "cancelled crime " + stored.reference() + ": "
                + reason.get().code());
    }

    /**
     * Finalises a crime with a Home Office outcome type. The outcome's required fields (a named suspect, the victim's
     * view) come from the reference data; the signed-in user is recorded as the decision maker.
     */
    @Transactional
    @PreAuthorize(Role.SUPERVISE)
    public CrimeRecord finalise(long id, CrimeRequests.Finalisation request) {
        CrimeRepository.CrimeRow stored = stored(id);
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "is missing: send the outcome as JSON").throwIfAny();
        }
        CrimeInput.requireVersion(request.version(), errors);
        Optional<CrimeReferenceData.OutcomeType> outcome = referenceData.outcomeType(request.outcomeCode());
        if (outcome.isEmpty()) {
            errors.add("outcomeCode", CrimeInput.blank(request.outcomeCode()) ? "is required: a Home Office outcome type"
                    : "'" + request.outcomeCode() + "' is not a Home Office outcome type; use one of "
                    + referenceData.outcomeTypes().stream().map(CrimeReferenceData.OutcomeType::code).toList());
        }
        errors.requireText("rationale", request.rationale(), MAX_TEXT);
        errors.limitText("victimView", request.victimView(), 2000);
        LinkedHashSet<Long> suspects = new LinkedHashSet<>(stored.suspectIds());
        suspects.addAll(input.personIds("suspectIds", request.suspectIds(), errors));
        if (outcome.isPresent() && outcome.get().requiresSuspect() && suspects.isEmpty()
                && errors.list().stream().noneMatch(error -> error.field().startsWith("suspectIds"))) {
            errors.add("suspectIds", "outcome " + outcome.get().code() + " needs a named suspect: give the suspect's "
                    + "person id");
        }
        if (outcome.isPresent() && outcome.get().requiresVictimView() && CrimeInput.blank(request.victimView())) {
            errors.add("victimView", "outcome " + outcome.get().code() + " needs the victim's view recorded");
        }
        if (stored.status() == CrimeStatus.FINALISED || stored.status() == CrimeStatus.CANCELLED) {
            errors.add("status", "the crime is already " + stored.status());
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        String username = CurrentUser.username();
        if (!repository.finalise(id, request.version(), outcome.get().code(), request.rationale().strip(),
                CrimeInput.tidy(request.victimView()), List.copyOf(suspects), username, now)) {
            throw new EditConflictException(RECORD_TYPE, id, request.version(), stored.version());
        }
        repository.addEvent(id, new CrimeEvent(now, username, CrimeEvent.Kind.FINALISED, stored.status().name(),
                outcome.get().code(), outcome.get().code(), request.rationale().strip()));
        return written(id, AuditAction.ALTERATION, "finalised crime " + stored.reference() + " with outcome "
                + outcome.get().code());
    }

    /** Reopens a finalised crime; the outcome it had stays in the history. */
    @Transactional
    @PreAuthorize(Role.SUPERVISE)
    public CrimeRecord reopen(long id, CrimeRequests.Reopening request) {
        CrimeRepository.CrimeRow stored = stored(id);
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "is missing: send the reason as JSON").throwIfAny();
        }
        CrimeInput.requireVersion(request.version(), errors);
        errors.requireText("reason", request.reason(), MAX_TEXT);
        if (stored.status() != CrimeStatus.FINALISED) {
            errors.add("status", "only a finalised crime can be reopened; this one is " + stored.status());
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        String username = CurrentUser.username();
        if (!repository.reopen(id, request.version(), username, now)) {
            throw new EditConflictException(RECORD_TYPE, id, request.version(), stored.version());
        }
        repository.addEvent(id, new CrimeEvent(now, username, CrimeEvent.Kind.REOPENED, stored.outcomeCode(),
                CrimeStatus.UNDER_INVESTIGATION.name(), null, request.reason().strip()));
        return written(id, AuditAction.ALTERATION, "reopened crime " + stored.reference());
    }

    /** A crime for a user to look at: audited as a consultation. */
    @Transactional
    public CrimeRecord view(long id) {
        CrimeRecord crime = find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        auditLog.record(AuditAction.CONSULTATION, RECORD_TYPE, id, "viewed crime " + crime.reference());
        return crime;
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

    private CrimeRecord written(long id, AuditAction action, String detail) {
        auditLog.record(action, RECORD_TYPE, id, detail);
        changeLog.append(RECORD_TYPE, id);
        return load(id);
    }

    private CrimeRepository.CrimeRow stored(long id) {
        return repository.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private CrimeReferenceData.Offence offence(String field, String code, FieldErrors errors) {
        if (CrimeInput.blank(code)) {
            errors.add(field, "is required: a Home Office offence classification code such as 8N or 105A");
            return null;
        }
        Optional<CrimeReferenceData.Offence> offence = referenceData.offence(code);
        if (offence.isEmpty()) {
            errors.add(field, "'" + code + "' is not an offence classification Peel knows; see "
                    + "GET /api/crime/reference/offences");
        }
        return offence.orElse(null);
    }

    /** When the crime was committed: from (required) and to (from when absent); from ≤ to, neither in the future. */
    private Instant[] committed(String fromText, String toText, Instant now, FieldErrors errors) {
        Instant from = input.time("committedFrom", fromText, errors);
        Instant to = input.time("committedTo", toText, errors);
        if (from == null && CrimeInput.blank(fromText)) {
            errors.add("committedFrom", "is required: when the crime was committed (or the earliest it could have been)");
        }
        if (to == null && CrimeInput.blank(toText)) {
            to = from;
        }
        Instant latest = now.plus(IncidentValidator.CLOCK_TOLERANCE);
        if (from != null && from.isAfter(latest)) {
            errors.add("committedFrom", "is in the future");
        }
        if (to != null && to.isAfter(latest) && !CrimeInput.blank(toText)) {
            errors.add("committedTo", "is in the future");
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("committedTo", "is before committedFrom: the crime cannot end before it starts");
        }
        return new Instant[] {from, to};
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
        return new CrimeRecord(row.id(), row.reference(), row.version(), row.incidentId(), row.incidentReference(),
                row.victimId(), offence, row.committedFrom(), row.committedTo(), row.location(), row.suspectIds(),
                row.modusOperandi(), row.status(), row.recordedAt(), row.recordedBy(), row.recordingDeadline(),
                row.recordedAt().isAfter(row.recordingDeadline()), outcome, cancellation, linked,
                repository.history(row.id()), row.updatedAt(), row.updatedBy());
    }
}
