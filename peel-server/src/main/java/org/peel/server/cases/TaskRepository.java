package org.peel.server.cases;

import static org.peel.server.cases.InvestigationRepository.at;
import static org.peel.server.cases.InvestigationRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The one class that reads and writes investigation tasks and their re-allocations. */
@Repository
class TaskRepository {

    private static final String COLUMNS = """
            id, investigation_id, version, title, details, owner, priority, due_at, rule_code, subject, done_at,
            done_by, result, created_at, created_by""";

    record TaskRow(long id, long investigationId, long version, String title, String details, String owner,
                   Priority priority, Instant dueAt, String ruleCode, String subject, Instant doneAt, String doneBy,
                   String result, Instant createdAt, String createdBy) {
    }

    /** A task to be stored. */
    record NewTask(long investigationId, String title, String details, String owner, Priority priority, Instant dueAt,
                   String ruleCode, String subject) {
    }

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewTask task, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO investigation_task (investigation_id, version, title, details, owner, priority,
                            due_at, rule_code, subject, open_owner, open_rule, open_supervisor, created_at, created_by,
                            updated_at, updated_by)
                        VALUES (:investigation, 0, :title, :details, :owner, :priority, :due, :rule, :subject, :owner,
                            :rule, (SELECT active_supervisor FROM investigation WHERE id = :investigation), :now,
                            :username, :now, :username)""")
                .param("investigation", task.investigationId()).param("title", task.title())
                .param("details", task.details()).param("owner", task.owner())
                .param("priority", task.priority().name()).param("due", at(task.dueAt()))
                .param("rule", task.ruleCode()).param("subject", task.subject()).param("now", at(now))
                .param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<TaskRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation_task WHERE id = :id").param("id", id)
                .query(TaskRepository::task).optional();
    }

    List<TaskRow> ofInvestigation(long investigationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation_task WHERE investigation_id = :id ORDER BY id")
                .param("id", investigationId).query(TaskRepository::task).list();
    }

    boolean complete(long id, long version, String result, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE investigation_task SET version = version + 1, done_at = :now, done_by = :username,
                            result = :result, open_owner = NULL, open_rule = NULL, open_supervisor = NULL, updated_at = :now,
                            updated_by = :username
                        WHERE id = :id AND version = :version AND done_at IS NULL""")
                .param("id", id).param("version", version).param("result", result).param("now", at(now))
                .param("username", username)
                .update() == 1;
    }

    boolean reallocate(long id, long version, String fromOwner, String toOwner, String reason, String username,
                       Instant now) {
        boolean changed = jdbc.sql("""
                        UPDATE investigation_task SET version = version + 1, owner = :owner, open_owner = :owner,
                            updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version AND done_at IS NULL""")
                .param("id", id).param("version", version).param("owner", toOwner).param("now", at(now))
                .param("username", username)
                .update() == 1;
        if (changed) {
            jdbc.sql("""
                            INSERT INTO investigation_task_allocation (task_id, from_owner, to_owner, reason,
                                allocated_at, allocated_by)
                            VALUES (:task, :from, :to, :reason, :now, :username)""")
                    .param("task", id).param("from", fromOwner).param("to", toOwner).param("reason", reason)
                    .param("now", at(now)).param("username", username).update();
        }
        return changed;
    }

    /** Keeps the open tasks' supervisor key in step with the investigation's active supervisor (NULL when inactive). */
    void followInvestigation(long investigationId) {
        jdbc.sql("""
                        UPDATE investigation_task SET open_supervisor =
                            (SELECT active_supervisor FROM investigation WHERE id = :id)
                        WHERE investigation_id = :id AND done_at IS NULL""")
                .param("id", investigationId).update();
    }

    List<Investigation.Allocation> allocations(long taskId) {
        return jdbc.sql("""
                        SELECT from_owner, to_owner, reason, allocated_at, allocated_by
                        FROM investigation_task_allocation WHERE task_id = :task ORDER BY id""")
                .param("task", taskId)
                .query((rs, row) -> new Investigation.Allocation(rs.getString("from_owner"), rs.getString("to_owner"),
                        rs.getString("reason"), instant(rs, "allocated_at"), rs.getString("allocated_by")))
                .list();
    }

    /** Whether {@code username} owns a task of the investigation that is not done. */
    boolean ownsOpenTask(long investigationId, String username) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM investigation_task
                        WHERE investigation_id = :id AND open_owner = :username""")
                .param("id", investigationId).param("username", username).query(Long.class).single() > 0;
    }

    static TaskRow task(ResultSet rs, int row) throws SQLException {
        return new TaskRow(rs.getLong("id"), rs.getLong("investigation_id"), rs.getLong("version"),
                rs.getString("title"), rs.getString("details"), rs.getString("owner"),
                Priority.valueOf(rs.getString("priority")), instant(rs, "due_at"), rs.getString("rule_code"),
                rs.getString("subject"), instant(rs, "done_at"), rs.getString("done_by"), rs.getString("result"),
                instant(rs, "created_at"), rs.getString("created_by"));
    }
}
