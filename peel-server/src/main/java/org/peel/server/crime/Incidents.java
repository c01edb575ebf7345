package org.peel.server.crime;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * Incidents: every report is registered as one first. Each write stores the incident, its audit entry and its
 * change-log entry in one transaction; viewing one is audited as a consultation.
 */
@Service
public class Incidents {

    /** The record type written to the audit log and the change log. */
    public static final String RECORD_TYPE = "incident";
    static final int MAX_RATIONALE = 4000;

    private final IncidentRepository repository;
    private final CrimeRepository crimes;
    private final IncidentValidator validator;
    private final ReferenceNumbers numbers;
    private final CrimeReferenceData referenceData;
    private final AuditLog auditLog;
    private final ChangeLog changeLog;
    private final Clock clock;

    Incidents(IncidentRepository repository, CrimeRepository crimes, IncidentValidator validator,
              ReferenceNumbers numbers, CrimeReferenceData referenceData, AuditLog auditLog, ChangeLog changeLog,
              Clock clock) {
        this.repository = repository;
        this.crimes = crimes;
        this.validator = validator;
        this.numbers = numbers;
        this.referenceData = referenceData;
        this.auditLog = auditLog;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Checks and registers a new incident with the next reference number of the year. */
    @Transactional
    public Incident register(IncidentDetails details) {
        IncidentContent content = validator.check(details);
        Instant now = clock.instant();
        String reference = numbers.next(ReferenceNumbers.INCIDENT, now);
        long id = repository.insert(reference, content, CurrentUser.username(), now);
        auditLog.record(AuditAction.COLLECTION, RECORD_TYPE, id, "registered incident " + reference
                + (content.crimeRelated() ? " (crime-related: the 24-hour recording clock runs)" : ""));
        changeLog.append(RECORD_TYPE, id);
        return load(id);
    }

    /**
     * Replaces an incident's details, provided nobody changed it since {@code details.version()}. Once a crime
     * decision is made, the time of report (which the clock ran from) and the crime-relevance flag stay as they were.
     */
    @Transactional
    public Incident update(long id, IncidentDetails details) {
        IncidentRepository.IncidentRow stored = repository.find(id)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        FieldErrors errors = new FieldErrors();
        CrimeInput.requireVersion(details == null ? null : details.version(), errors);
        errors.throwIfAny();
        IncidentContent content = validator.check(details);
        if (stored.decision() != null) {
            if (!content.reportedAt().equals(stored.reportedAt())) {
                errors.add("reportedAt", "cannot change once the crime decision is made: the recording clock ran from "
                        + stored.reportedAt());
            }
            if (!content.crimeRelated()) {
                errors.add("crimeRelated", "cannot be withdrawn once the crime decision is made");
            }
            errors.throwIfAny();
        }
        if (!repository.update(id, details.version(), content, CurrentUser.username(), clock.instant())) {
            throw new EditConflictException(RECORD_TYPE, id, details.version(), stored.version());
        }
        auditLog.record(AuditAction.ALTERATION, RECORD_TYPE, id, "changed incident " + stored.reference()
                + " to version " + (details.version() + 1));
        changeLog.append(RECORD_TYPE, id);
        return load(id);
    }

    /**
     * The auditable decision not to record a crime for a crime-related incident: a reason from the reference data
     * and a written rationale. Refused once crimes have been recorded from the incident (the registrar cancels those).
     */
    @Transactional
    @PreAuthorize(Role.SUPERVISE)
    public Incident decideNotToRecord(long id, CrimeRequests.DecisionNotToRecord decision) {
        IncidentRepository.IncidentRow stored = repository.find(id)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        FieldErrors errors = new FieldErrors();
        if (decision == null) {
            errors.add("body", "is missing: send the reason and the rationale as JSON").throwIfAny();
        }
        CrimeInput.requireVersion(decision.version(), errors);
        Optional<CrimeReferenceData.Reason> reason = referenceData.noCrimeReason(decision.reasonCode());
        if (CrimeInput.blank(decision.reasonCode())) {
            errors.add("reasonCode", "is required: one of " + codes(referenceData.noCrimeReasons()));
        } else if (reason.isEmpty()) {
            errors.add("reasonCode", "'" + decision.reasonCode() + "' is not a reason for not recording a crime; use one of "
                    + codes(referenceData.noCrimeReasons()));
        }
        if (errors.requireText("rationale", decision.rationale(), MAX_RATIONALE)
                && decision.rationale().strip().length() < 10) {
            errors.add("rationale", "must explain the decision so that it can be audited (at least 10 characters)");
        }
        if (stored.decision() == Incident.DecisionKind.CRIME_RECORDED) {
            errors.add("incident", "already has crimes recorded; a recorded crime can only be cancelled by the "
                    + "Force Crime Registrar");
        } else if (stored.decision() == Incident.DecisionKind.NOT_RECORDED) {
            errors.add("incident", "already has a decision not to record (" + stored.noCrimeReason() + ")");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        if (!repository.markNotRecorded(id, decision.version(), reason.get().code(), decision.rationale().strip(),
                CurrentUser.username(), now)) {
            throw new EditConflictException(RECORD_TYPE, id, decision.version(), stored.version());
        }
        boolean late = now.isAfter(RecordingStandard.deadline(stored.reportedAt()));
        auditLog.record(AuditAction.ALTERATION, RECORD_TYPE, id, "decided not to record a crime for incident "
                + stored.reference() + ": " + reason.get().code() + (late ? " (after the 24-hour clock ran out)" : ""));
        changeLog.append(RECORD_TYPE, id);
        return load(id);
    }

    /** An incident for a user to look at: audited as a consultation. */
    @Transactional
    public Incident view(long id) {
        Incident incident = find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        auditLog.record(AuditAction.CONSULTATION, RECORD_TYPE, id, "viewed incident " + incident.reference());
        return incident;
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
        return new Incident(row.id(), row.reference(), row.version(), row.reportedAt(), row.channel(),
                row.reportingPersonId(), row.victimIds(), row.location(), row.account(), row.crimeRelated(),
                Incident.RecordingClock.of(row.crimeRelated(), row.reportedAt(), decision, clock.instant()),
                decision, recorded, row.createdAt(), row.createdBy(), row.updatedAt(), row.updatedBy());
    }

    static String codes(List<CrimeReferenceData.Reason> reasons) {
        return reasons.stream().map(CrimeReferenceData.Reason::code).toList().toString();
    }
}
