package org.peel.server.crime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditLog;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.FieldErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registrar's and supervisors' compliance view of crime recording: the crime module's reporting API. */
@Service
public class CrimeCompliance {

    static final int DEFAULT_DAYS = 28;
    static final int MAX_DAYS = 366;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final ComplianceQueries queries;
    private final CrimeReferenceData referenceData;
    private final AuditLog auditLog;
    private final ForceCalendar calendar;

    CrimeCompliance(ComplianceQueries queries, CrimeReferenceData referenceData, AuditLog auditLog, ForceCalendar calendar) {
        this.queries = queries;
        this.referenceData = referenceData;
        this.auditLog = auditLog;
        this.calendar = calendar;
    }

    /**
     * The view now. {@code from}/{@code to} (days, inclusive, the force's local time) bound the recorded-late list, the
     * decisions not to record and the counts; by default the last {@value #DEFAULT_DAYS} days. Lists hold at most
     * {@code limit} entries each; the counts are complete. Audited as a consultation (it lists records).
     */
    @Transactional
    @PreAuthorize(Role.SUPERVISE)
    public ComplianceView view(LocalDate from, LocalDate to, Integer limit) {
        Instant now = calendar.now();
        LocalDate today = calendar.day(now);
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1L) : from;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        FieldErrors errors = new FieldErrors();
        if (errors.plausible("from", first) == null || errors.plausible("to", last) == null) {
            errors.throwIfAny();
        }
        if (first.isAfter(last)) {
            errors.add("from", "is after to");
        } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            errors.add("from", "the period is longer than " + MAX_DAYS + " days");
        }
        if (size < 1 || size > MAX_LIMIT) {
            errors.add("limit", "must be between 1 and " + MAX_LIMIT);
        }
        errors.throwIfAny();
        ComplianceView view = compute(now, first, last, size);
        auditLog.recordSearch("viewed crime recording compliance " + first + ".." + last + ": "
                + view.lateCount() + " late, " + view.awaitingDecisionCount() + " awaiting a decision");
        return view;
    }

    /** The same view without access checks or audit: for the benchmark and for callers that audit their own use. */
    ComplianceView compute(Instant now, LocalDate first, LocalDate last, int size) {
        Instant cutoff = now.minus(RecordingStandard.WINDOW);
        Instant periodStart = calendar.startOf(first);
        Instant periodEnd = calendar.startOf(last.plusDays(1));
        var recordedLate = queries.recordedLate(first, last, size);
        var counts = queries.countsByDay(first, last);
        long recordedLateCount = counts.stream().mapToLong(ComplianceView.DailyCount::recordedLate).sum();
        var notRecorded = queries.notRecorded(periodStart, periodEnd, size).stream()
                .map(row -> new ComplianceView.NotRecorded(row.id(), row.reference(), row.reportedAt(),
                        row.decidedAt(), row.decidedBy(), row.reasonCode(),
                        referenceData.noCrimeReason(row.reasonCode()).map(CrimeReferenceData.Reason::title)
                                .orElse(row.reasonCode()), row.rationale()))
                .toList();
        return new ComplianceView(now, first, last,
                queries.countAwaiting(cutoff), queries.awaiting(cutoff, now, size),
                queries.countLate(cutoff), queries.late(cutoff, now, size),
                recordedLateCount, recordedLate,
                queries.countNotRecorded(periodStart, periodEnd), notRecorded,
                counts);
    }
}
