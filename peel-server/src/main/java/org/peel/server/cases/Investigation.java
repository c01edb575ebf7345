package org.peel.server.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An investigation with everything in it: crimes (with their outcomes, read from the crime module), occurrences,
 * people in roles, the plan and its earlier versions, tasks, and the log, oldest entry first.
 */
public record Investigation(long id, String reference, long version, String title, String summary,
                            InvestigationStatus status, Priority priority, String officerInCharge, String supervisor,
                            Review review, Instant lastActivityAt, StatusDecision statusDecision, List<Crime> crimes,
                            List<Occurrence> occurrences, List<LinkedPerson> people, PlanVersion plan,
                            List<PlanVersion> earlierPlans, List<Task> tasks, List<LogEntry> log, Instant createdAt,
                            String createdBy, Instant updatedAt, String updatedBy) {

    /** The supervisor review schedule: when the next is due and how it stands (NOT_DUE, OVERDUE, NONE). */
    public record Review(Instant dueAt, String state, Instant lastReviewedAt) {
    }

    /** The latest change of status: when, by whom, why. */
    public record StatusDecision(Instant at, String by, String rationale) {
    }

    /** A crime in the investigation, as the crime module has it now. {@code outcomeCode} is null until finalised. */
    public record Crime(long crimeId, String reference, String offenceCode, String offenceTitle, String category,
                        String crimeStatus, String outcomeCode, String outcomeTitle, long victimId, Set<String> flags,
                        RiskLevel risk, Instant linkedAt, String linkedBy) {
    }

    public record Occurrence(long id, String type, String typeTitle, Instant occurredAt, String summary,
                             Set<String> flags, RiskLevel risk, Long missingEpisodeId, Instant recordedAt,
                             String recordedBy) {
    }

    public record LinkedPerson(long personId, String name, PersonRole role, Instant linkedAt, String linkedBy) {
    }

    public record PlanVersion(int version, String text, Instant writtenAt, String writtenBy) {
    }

    /** An entry of the append-only log. {@code correctsEntryId} names the entry this one corrects. */
    public record LogEntry(long id, LogEntryKind kind, String text, String rationale, Long correctsEntryId,
                           Long correctedByEntryId, Instant writtenAt, String writtenBy) {
    }

    /**
     * A task. {@code state} is OPEN, OVERDUE or DONE; {@code ruleCode} names the policy rule that created it.
     */
    public record Task(long id, long investigationId, long version, String title, String details, String owner,
                       Priority priority, Instant dueAt, String state, String ruleCode, String subject, Instant doneAt,
                       String doneBy, String result, List<Allocation> allocations, Instant createdAt,
                       String createdBy) {
    }

    /** One re-allocation of a task. */
    public record Allocation(String fromOwner, String toOwner, String reason, Instant at, String by) {
    }
}
