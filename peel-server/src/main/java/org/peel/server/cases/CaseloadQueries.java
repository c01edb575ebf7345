package org.peel.server.cases;

import static org.peel.server.cases.InvestigationRepository.at;
import static org.peel.server.cases.InvestigationRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read-only queries behind "my work", the team view and the safeguarding view. Each reads through the columns that
 * are set only while something is active (active_officer, active_supervisor, open_owner, open_rule, open_supervisor), so closed
 * investigations and done tasks are never scanned.
 */
@Repository
class CaseloadQueries {

    private static final String INVESTIGATION_COLUMNS = """
            id, reference, title, status, priority, officer_in_charge, supervisor, review_due_at, last_activity_at""";
    private static final String TASK_COLUMNS = """
            t.id, t.investigation_id, i.reference, t.title, t.details, t.owner, t.priority, t.due_at, t.rule_code,
            t.created_at""";

    record InvestigationLine(long id, String reference, String title, InvestigationStatus status, Priority priority,
                             String officerInCharge, String supervisor, Instant reviewDueAt, Instant lastActivityAt) {
    }

    record TaskLine(long id, long investigationId, String reference, String title, String details, String owner,
                    Priority priority, Instant dueAt, String ruleCode, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    CaseloadQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active investigations an officer is in charge of, the review due soonest (or most overdue) first. */
    List<InvestigationLine> activeInvestigationsOf(String officer, int limit) {
        return jdbc.sql("SELECT " + INVESTIGATION_COLUMNS + " FROM investigation WHERE active_officer = :officer"
                        + " ORDER BY review_due_at, id LIMIT :limit")
                .param("officer", officer).param("limit", limit).query(CaseloadQueries::investigation).list();
    }

    long countActiveInvestigationsOf(String officer) {
        return jdbc.sql("SELECT COUNT(*) FROM investigation WHERE active_officer = :officer")
                .param("officer", officer).query(Long.class).single();
    }

    /** The tasks an officer owns that are not done, due soonest (most overdue) first. */
    List<TaskLine> openTasksOf(String owner, int limit) {
        return jdbc.sql("SELECT " + TASK_COLUMNS + " FROM investigation_task t JOIN investigation i"
                        + " ON i.id = t.investigation_id WHERE t.open_owner = :owner ORDER BY t.due_at, t.id LIMIT :limit")
                .param("owner", owner).param("limit", limit).query(CaseloadQueries::task).list();
    }

    long countOpenTasksOf(String owner) {
        return jdbc.sql("SELECT COUNT(*) FROM investigation_task WHERE open_owner = :owner")
                .param("owner", owner).query(Long.class).single();
    }

    long countOpenTasksOf(String owner, Instant dueBefore) {
        return jdbc.sql("SELECT COUNT(*) FROM investigation_task WHERE open_owner = :owner AND due_at < :before")
                .param("owner", owner).param("before", at(dueBefore)).query(Long.class).single();
    }

    /** A supervisor's active investigations whose review was due before {@code now}, most overdue first. */
    List<InvestigationLine> reviewsOverdue(String supervisor, Instant now, int limit) {
        return jdbc.sql("SELECT " + INVESTIGATION_COLUMNS + " FROM investigation WHERE active_supervisor = :supervisor"
                        + " AND review_due_at < :now ORDER BY review_due_at, id LIMIT :limit")
                .param("supervisor", supervisor).param("now", at(now)).param("limit", limit)
                .query(CaseloadQueries::investigation).list();
    }

    /** A supervisor's active investigations with no write since {@code since}, quietest first. */
    List<InvestigationLine> inactiveSince(String supervisor, Instant since, int limit) {
        return jdbc.sql("SELECT " + INVESTIGATION_COLUMNS + " FROM investigation WHERE active_supervisor = :supervisor"
                        + " AND last_activity_at < :since ORDER BY last_activity_at, id LIMIT :limit")
                .param("supervisor", supervisor).param("since", at(since)).param("limit", limit)
                .query(CaseloadQueries::investigation).list();
    }

    /** Tasks not done and due before {@code now} in a supervisor's active investigations, most overdue first. */
    List<TaskLine> tasksOverdue(String supervisor, Instant now, int limit) {
        return jdbc.sql("SELECT " + TASK_COLUMNS + " FROM investigation_task t JOIN investigation i"
                        + " ON i.id = t.investigation_id WHERE t.open_supervisor = :supervisor"
                        + " AND t.due_at < :now ORDER BY t.due_at, t.id LIMIT :limit")
                .param("supervisor", supervisor).param("now", at(now)).param("limit", limit)
                .query(CaseloadQueries::task).list();
    }

    /** Tasks of these policy rules that are not done, oldest first. */
    List<TaskLine> waiting(List<String> ruleCodes, int limit) {
        if (ruleCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + TASK_COLUMNS + " FROM investigation_task t JOIN investigation i"
                        + " ON i.id = t.investigation_id WHERE t.open_rule IN (:rules)"
                        + " ORDER BY t.created_at, t.id LIMIT :limit")
                .param("rules", ruleCodes).param("limit", limit).query(CaseloadQueries::task).list();
    }

    /** How many tasks of each of these rules are not done. */
    Map<String, Long> waitingCounts(List<String> ruleCodes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ruleCodes.forEach(code -> counts.put(code, 0L));
        if (ruleCodes.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT open_rule, COUNT(*) FROM investigation_task WHERE open_rule IN (:rules) GROUP BY open_rule")
                .param("rules", ruleCodes)
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private static InvestigationLine investigation(ResultSet rs, int row) throws SQLException {
        return new InvestigationLine(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                InvestigationStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
                rs.getString("officer_in_charge"), rs.getString("supervisor"), instant(rs, "review_due_at"),
                instant(rs, "last_activity_at"));
    }

    private static TaskLine task(ResultSet rs, int row) throws SQLException {
        return new TaskLine(rs.getLong("id"), rs.getLong("investigation_id"), rs.getString("reference"),
                rs.getString("title"), rs.getString("details"), rs.getString("owner"),
                Priority.valueOf(rs.getString("priority")), instant(rs, "due_at"), rs.getString("rule_code"),
                instant(rs, "created_at"));
    }
}
