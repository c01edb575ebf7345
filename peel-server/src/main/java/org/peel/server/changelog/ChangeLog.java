package org.peel.server.changelog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ordered log of changed records. Writers append in the same transaction as the change; readers (each
 * server's search index) read from their own last position, so they catch up after a restart.
 *
 * <p>Sequence numbers come from an identity column, so a transaction that commits late can leave a gap that
 * fills afterwards; readers must re-read recent gaps rather than assume that a higher number means all lower
 * ones are visible.
 */
@Service
public class ChangeLog {

    private static final String INSERT = "INSERT INTO change_log (record_type, record_id, changed_at)"
            + " VALUES (:type, :id, :at)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    ChangeLog(JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.clock = clock;
    }

    /** Records that a record changed. Must run inside the transaction that changes it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String recordType, long recordId) {
        jdbc.sql(INSERT)
                .param("type", recordType)
                .param("id", recordId)
                .param("at", OffsetDateTime.now(clock))
                .update();
    }

    /** Records that many records changed, in the order given. Must run inside the transaction that changes them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(String recordType, List<Long> recordIds) {
        OffsetDateTime at = OffsetDateTime.now(clock);
        SqlParameterSource[] rows = recordIds.stream()
                .map(id -> new MapSqlParameterSource().addValue("type", recordType).addValue("id", id).addValue("at", at))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(INSERT, rows);
    }

    /** Up to {@code limit} changes with a sequence number above {@code afterSequence}, in order. */
    @Transactional(readOnly = true)
    public List<Change> readAfter(long afterSequence, int limit) {
        return jdbc.sql("""
                        SELECT seq, record_type, record_id, changed_at FROM change_log
                        WHERE seq > :after ORDER BY seq LIMIT :limit""")
                .param("after", afterSequence)
                .param("limit", limit)
                .query((rs, row) -> new Change(rs.getLong("seq"), rs.getString("record_type"), rs.getLong("record_id"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The changes to one record, oldest first. */
    @Transactional(readOnly = true)
    public List<Change> changesOf(String recordType, long recordId) {
        return jdbc.sql("""
                        SELECT seq, record_type, record_id, changed_at FROM change_log
                        WHERE record_type = :type AND record_id = :id ORDER BY seq""")
                .param("type", recordType)
                .param("id", recordId)
                .query((rs, row) -> new Change(rs.getLong("seq"), rs.getString("record_type"), rs.getLong("record_id"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The highest sequence number written so far, or 0. */
    @Transactional(readOnly = true)
    public long latestSequence() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM change_log").query(Long.class).single();
    }
}
