package org.peel.server.retention;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one class that reads and writes {@code person_retention}. */
@Repository
class RetentionRepository {

    private static final String COLUMNS = "person_id, retention_group, last_activity_on, next_review_on, reviewed_on,"
            + " reviewed_by, review_reason";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    RetentionRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<RetentionSchedule> find(long personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_retention WHERE person_id = :id").param("id", personId)
                .query((rs, row) -> schedule(rs)).optional();
    }

    Map<Long, RetentionSchedule> findAll(Collection<Long> personIds) {
        Map<Long, RetentionSchedule> found = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + " FROM person_retention WHERE person_id IN (:ids)").param("ids", personIds)
                    .query((rs, row) -> schedule(rs)).list().forEach(schedule -> found.put(schedule.personId(), schedule));
        }
        return found;
    }

    /** The people due for review on {@code day}, oldest due first. */
    List<RetentionSchedule> due(LocalDate day, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person_retention WHERE next_review_on <= :day"
                        + " ORDER BY next_review_on, person_id LIMIT :limit OFFSET :offset")
                .param("day", day).param("limit", limit).param("offset", offset)
                .query((rs, row) -> schedule(rs)).list();
    }

    long countDue(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM person_retention WHERE next_review_on <= :day").param("day", day)
                .query(Long.class).single();
    }

    /** Stores each person's group, activity and review date, keeping the last review of those already held. */
    void save(Collection<RetentionSchedule> schedules) {
        if (schedules.isEmpty()) {
            return;
        }
        Map<Long, RetentionSchedule> held = findAll(schedules.stream().map(RetentionSchedule::personId).toList());
        List<SqlParameterSource> updates = new ArrayList<>();
        List<SqlParameterSource> inserts = new ArrayList<>();
        for (RetentionSchedule schedule : schedules) {
            MapSqlParameterSource row = new MapSqlParameterSource().addValue("id", schedule.personId())
                    .addValue("group", schedule.group()).addValue("activity", Date.valueOf(schedule.lastActivityOn()))
                    .addValue("next", Date.valueOf(schedule.nextReviewOn()));
            (held.containsKey(schedule.personId()) ? updates : inserts).add(row);
        }
        if (!updates.isEmpty()) {
            named.batchUpdate("UPDATE person_retention SET retention_group = :group, last_activity_on = :activity,"
                    + " next_review_on = :next WHERE person_id = :id", updates.toArray(SqlParameterSource[]::new));
        }
        if (!inserts.isEmpty()) {
            named.batchUpdate("INSERT INTO person_retention (person_id, retention_group, last_activity_on,"
                    + " next_review_on) VALUES (:id, :group, :activity, :next)", inserts.toArray(SqlParameterSource[]::new));
        }
    }

    /** Notes a review that kept the record and its next review date. */
    void retained(long personId, LocalDate on, String by, String reason, LocalDate next) {
        jdbc.sql("UPDATE person_retention SET reviewed_on = :on, reviewed_by = :by, review_reason = :reason,"
                        + " next_review_on = :next WHERE person_id = :id")
                .param("on", on).param("by", by).param("reason", reason).param("next", next).param("id", personId)
                .update();
    }

    void delete(Collection<Long> personIds) {
        if (!personIds.isEmpty()) {
            jdbc.sql("DELETE FROM person_retention WHERE person_id IN (:ids)").param("ids", personIds).update();
        }
    }

    private static RetentionSchedule schedule(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RetentionSchedule(rs.getLong("person_id"), rs.getString("retention_group"),
                rs.getObject("last_activity_on", LocalDate.class), rs.getObject("next_review_on", LocalDate.class),
                rs.getObject("reviewed_on", LocalDate.class), rs.getString("reviewed_by"),
                rs.getString("review_reason"));
    }
}
