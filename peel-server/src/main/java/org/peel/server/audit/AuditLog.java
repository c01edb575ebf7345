package org.peel.server.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.Justifications;
import org.peel.server.platform.RequestIds;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the lawful log. An entry joins the caller's transaction, so a record and its audit entry commit
 * together or not at all. The user is the signed-in user; the justification is the reason for access captured from
 * the request at the edge ({@link Justifications#current()}): the {@value #JUSTIFICATION_HEADER} header or a
 * {@code justification} form field. The audit module itself never reads the HTTP request.
 */
@Service
public class AuditLog {

    public static final String JUSTIFICATION_HEADER = Justifications.HEADER;
    static final int MAX_TEXT = 2000;

    private static final String INSERT = "INSERT INTO audit_entry (occurred_at, username, action, record_type,"
            + " record_id, justification, detail, request_id)"
            + " VALUES (:at, :username, :action, :type, :id, :justification, :detail, :requestId)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.clock = clock;
    }

    /** Logs an action on one record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String recordType, Object recordId, String detail) {
        insert(action, recordType, recordId == null ? null : recordId.toString(), detail);
    }

    /** Logs the same action on many records in one batch (an import): one entry per record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(AuditAction action, String recordType, List<?> recordIds, String detail) {
        if (recordIds.isEmpty()) {
            return;
        }
        OffsetDateTime at = OffsetDateTime.now(clock);
        String username = CurrentUser.username();
        String justification = truncate(Justifications.current());
        String requestId = RequestIds.current();
        SqlParameterSource[] rows = recordIds.stream().map(id -> new MapSqlParameterSource()
                        .addValue("at", at).addValue("username", username).addValue("action", action.name())
                        .addValue("type", recordType).addValue("id", id.toString())
                        .addValue("justification", justification).addValue("detail", truncate(detail))
                        .addValue("requestId", requestId))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(INSERT, rows);
    }

    /** Logs an action on no single record, such as a search. Runs in its own transaction if there is none. */
    @Transactional
    public void recordSearch(String detail) {
        insert(AuditAction.CONSULTATION, null, null, detail);
    }

    /** The entries about one record, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> entriesFor(String recordType, Object recordId) {
        return jdbc.sql("""
                        SELECT id, occurred_at, username, action, record_type, record_id, justification, detail, request_id
                        FROM audit_entry WHERE record_type = :type AND record_id = :id ORDER BY id""")
                .param("type", recordType)
                .param("id", recordId.toString())
                .query((rs, row) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("username"), AuditAction.valueOf(rs.getString("action")),
                        rs.getString("record_type"), rs.getString("record_id"), rs.getString("justification"),
                        rs.getString("detail"), rs.getString("request_id")))
                .list();
    }

    private void insert(AuditAction action, String recordType, String recordId, String detail) {
        jdbc.sql(INSERT)
                .param("at", OffsetDateTime.now(clock))
                .param("username", CurrentUser.username())
                .param("action", action.name())
                .param("type", recordType)
                .param("id", recordId)
                .param("justification", truncate(Justifications.current()))
                .param("detail", truncate(detail))
                .param("requestId", RequestIds.current())
                .update();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
