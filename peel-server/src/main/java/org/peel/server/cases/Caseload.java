package org.peel.server.cases;

import java.time.Instant;
import java.util.List;

/** The lists the caseload views answer with: investigations and tasks with their computed state. */
public final class Caseload {

    private Caseload() {
    }

    /** An active investigation in a list. {@code reviewState} is NOT_DUE or OVERDUE. */
    public record InvestigationItem(long id, String reference, String title, InvestigationStatus status,
                                    Priority priority, String officerInCharge, String supervisor, Instant reviewDueAt,
                                    String reviewState, Instant lastActivityAt, long daysSinceActivity) {
    }

    /** A task not done, in a list. {@code state} is OPEN or OVERDUE. */
    public record TaskItem(long id, long investigationId, String investigationReference, String title, String details,
                           String owner, Priority priority, Instant dueAt, String state, String ruleCode) {
    }

    /** An officer's work: active investigations (review most overdue first) and open tasks (most overdue first). */
    public record MyWork(String officer, Instant at, long activeInvestigations, long openTasks, long overdueTasks,
                         List<InvestigationItem> investigations, List<TaskItem> tasks) {
    }

    /** A supervisor's team view over the investigations they supervise. */
    public record TeamView(String supervisor, Instant at, long inactiveAfterDays,
                           List<InvestigationItem> reviewsOverdue, List<TaskItem> tasksOverdue,
                           List<InvestigationItem> inactive) {
    }

    /**
     * Safeguarding work waiting: every task of a safeguarding policy rule not yet done, oldest first, with how long it
     * has waited, and how many wait under each rule.
     */
    public record SafeguardingView(Instant at, List<RuleCount> counts, List<Waiting> waiting) {
    }

    public record RuleCount(String ruleCode, String task, long waiting) {
    }

    /** One piece of safeguarding work waiting since the need arose. */
    public record Waiting(long taskId, long investigationId, String investigationReference, String ruleCode,
                          String awaiting, String about, String owner, Instant since, Instant dueAt, String state,
                          long hoursWaited, long daysWaited) {
    }
}
