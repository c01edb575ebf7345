package org.peel.server.cases;

import java.util.List;

/**
 * What officers send about investigations. Times are ISO-8601 with an offset ({@code 2026-11-27T14:30:00Z}); they and
 * the coded values arrive as text so that every bad field can be named at once. Changes to an investigation or a task
 * name the version the officer read, and are refused with 409 if it changed since.
 */
public final class CaseRequests {

    private CaseRequests() {
    }

    /**
     * A new investigation. {@code officerInCharge} defaults to the signed-in user; {@code supervisor} must be a user
     * with the supervisor role. It must group at least one crime or occurrence.
     */
    public record NewInvestigation(String title, String summary, String priority, String officerInCharge,
                                   String supervisor, String plan, List<CrimeLink> crimes,
                                   List<Occurrence> occurrences, List<PersonLink> people) {
    }

    /** A crime (by id, from the crime module) and the flags and risk the policy rules look at. */
    public record CrimeLink(Long version, Long crimeId, List<String> flags, String risk) {
    }

    /**
     * An occurrence that is not a crime. A {@code MISSING_PERSON_EPISODE} names the episode of the missing module,
     * whose risk grade it takes.
     */
    public record Occurrence(Long version, String type, String occurredAt, String summary, List<String> flags,
                             String risk, Long missingEpisodeId) {
    }

    /** A change to the flags and risk of a crime or occurrence already in the investigation. */
    public record FlagsAndRisk(Long version, List<String> flags, String risk) {
    }

    /** A person on record, in a role. */
    public record PersonLink(Long version, Long personId, String role) {
    }

    /** Changes to the investigation's title, priority, officer in charge or supervisor (absent fields stay). */
    public record Changes(Long version, String title, String summary, String priority, String officerInCharge,
                          String supervisor, String reason) {
    }

    /** A new version of the investigation plan. */
    public record Plan(Long version, String text) {
    }

    /** A log entry: NOTE, DECISION (with rationale), VICTIM_CONTACT or EVIDENCE; or a correction of an earlier one. */
    public record LogEntry(String kind, String text, String rationale, Long correctsEntryId) {
    }

    /** A supervisor's review: the rationale, and optionally when the next is due (else the interval for the priority). */
    public record Review(Long version, String rationale, String nextReviewDueAt) {
    }

    /** A change of status: OPEN (reopening, or back from pending), PENDING_FURTHER_INFORMATION, FILED or CLOSED. */
    public record StatusChange(Long version, String status, String rationale) {
    }

    /** A new task. {@code owner} defaults to the officer in charge, {@code priority} to the investigation's. */
    public record NewTask(String title, String details, String owner, String dueAt, String priority) {
    }

    /** Marks a task done, with what came of it. */
    public record Completion(Long version, String result) {
    }

    /** Gives a task to another officer, saying why. */
    public record Reallocation(Long version, String owner, String reason) {
    }
}
