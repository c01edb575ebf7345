package org.peel.server.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.JustificationPolicy;
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
            + " record_id, justification, detail, request_id, chain_seq, entry_hash)"
            + " VALUES (:at, :username, :action, :type, :id, :justification, :detail, :requestId, :seq, :hash)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    private final JustificationPolicy policy;

    AuditLog(JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock, JustificationPolicy policy) {
        this.jdbc = jdbc;
        this.named = named;
        this.clock = clock;
        this.policy = policy;
    }

    /** Logs an action on one record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String recordType, Object recordId, String detail) {
        insert(action, recordType, recordId == null ? null : recordId.toString(), detail);
    }

    /**
     * Logs an action on one record with the reason given for it in the request's own words (a disclosure's purpose),
     * which stands in for the request's justification.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String recordType, Object recordId, String detail, String reason) {
        append(List.of(link(action, recordType, recordId == null ? null : recordId.toString(), detail, reason)));
    }

    /** Logs the same action on many records in one batch (an import): one entry per record. */
    @Transactional
    public void recordAll(AuditAction action, String recordType, List<?> recordIds, String detail) {
        recordAll(action, recordType, recordIds, detail, null);
    }

    /** As {@link #recordAll(AuditAction, String, List, String)}, with the reason given for it (see {@link #record}). */
    @Transactional
    public void recordAll(AuditAction action, String recordType, List<?> recordIds, String detail, String reason) {
        policy.check(action.name(), recordType, reason);
        if (recordIds.isEmpty()) {
            return;
        }
        append(recordIds.stream().map(id -> link(action, recordType, id.toString(), detail, reason)).toList());
    }

    /**
     * Logs a consultation of each record listed (a search's hits, a page of a list, a view): one entry per record,
     * or one entry naming none when the list was empty, so that every look leaves a trace. Joins the caller's
     * transaction, or runs in its own if there is none.
     */
    @Transactional
    public void recordConsulted(String recordType, List<?> recordIds, String detail) {
        append(prepareConsulted(recordType, recordIds, detail));
    }

    /** The entries {@link #recordConsulted} would write, made now (user, time, reason) to be appended later. */
    List<AuditChain.Link> prepareConsulted(String recordType, List<?> recordIds, String detail) {
        policy.check(AuditAction.CONSULTATION.name(), recordType, null);
        if (recordIds.isEmpty()) {
            return List.of(link(AuditAction.CONSULTATION, null, null, detail));
        }
        return recordIds.stream().map(id -> link(AuditAction.CONSULTATION, recordType, id.toString(), detail))
                .toList();
    }

    /** Appends entries made earlier ({@link #prepareConsulted}), in a transaction of their own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void appendPrepared(List<AuditChain.Link> entries) {
        if (!entries.isEmpty()) {
            append(entries);
        }
    }

    /**
     * Logs a security event ({@link AuditAction#SIGN_IN_FAILED}, {@link AuditAction#REFUSED}) as {@code username},
     * which may be a name nobody holds; in a transaction of its own, as the request it belongs to is being refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecurityEvent(String username, AuditAction action, String detail) {
        AuditChain.Link entry = link(action, null, null, detail);
        String name = username == null || username.isBlank() ? "(none given)" : stored(username);
        append(List.of(new AuditChain.Link(0, entry.occurredAt(), name.length() > 64 ? name.substring(0, 64) : name,
                entry.action(), null, null, entry.justification(), entry.detail(), entry.requestId())));
    }

    /**
     * Logs a refused attempt to open one record (a restricted record, by someone it is not open to) as
     * {@link AuditAction#REFUSED}; in a transaction of its own, as the request it belongs to is being refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefused(String recordType, Object recordId, String detail) {
        insert(AuditAction.REFUSED, recordType, recordId.toString(), detail);
    }

    /** The refused attempts to open one record since {@code since}, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<AuditEntry> refusalsOf(String recordType, Object recordId, java.time.Instant since, int limit) {
        return jdbc.sql("""
                        SELECT id, occurred_at, username, action, record_type, record_id, justification, detail, request_id
                        FROM audit_entry WHERE record_type = :type AND record_id = :id AND action = 'REFUSED'
                        AND occurred_at >= :since ORDER BY id DESC""")
                .param("type", recordType)
                .param("id", recordId.toString())
                .param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .query(AuditLog::entry)
                .list().stream().limit(limit).toList();
    }

    /** Logs an action on no single record. Runs in its own transaction if there is none. */
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
                .query(AuditLog::entry)
                .list();
    }

    /** Reads one audit entry from a row with its columns by name. */
    static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"),
                rs.getString("record_id"), rs.getString("justification"), rs.getString("detail"),
                rs.getString("request_id"));
    }

    private void insert(AuditAction action, String recordType, String recordId, String detail) {
        append(List.of(link(action, recordType, recordId, detail)));
    }

    /** An entry not yet in the chain: its place is set when it is appended. */
    private AuditChain.Link link(AuditAction action, String recordType, String recordId, String detail) {
        return link(action, recordType, recordId, detail, null);
    }

    /**
     * An entry not yet in the chain, with its reason: the one given ({@code reason}) or the request's. Refused here,
     * before anything is appended, when the force's policy asks for a reason and none was given; the caller's
     * transaction then keeps nothing of the operation either.
     */
    private AuditChain.Link link(AuditAction action, String recordType, String recordId, String detail, String reason) {
        policy.check(action.name(), recordType, reason);
        String justification = reason != null && !reason.isBlank() ? reason.strip() : Justifications.current();
        return new AuditChain.Link(0, AuditChain.occurredAt(clock.instant()), CurrentUser.username(), action.name(),
                recordType, recordId, stored(justification), stored(detail), RequestIds.current());
    }

    /**
     * Appends entries to the chain. The head row stays locked until the caller's transaction ends, so writers take
     * their places one after another and an entry rolled back gives its place back with it.
     */
    private void append(List<AuditChain.Link> entries) {
        AuditChain.Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new AuditChain.Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                .single();
        long seq = head.seq();
        String previous = head.hash();
        SqlParameterSource[] rows = new SqlParameterSource[entries.size()];
        for (int i = 0; i < rows.length; i++) {
            AuditChain.Link entry = entries.get(i);
            AuditChain.Link placed = new AuditChain.Link(++seq, entry.occurredAt(), entry.username(), entry.action(),
                    entry.recordType(), entry.recordId(), entry.justification(), entry.detail(), entry.requestId());
            previous = placed.hash(previous);
            rows[i] = new MapSqlParameterSource()
                    .addValue("at", OffsetDateTime.ofInstant(placed.occurredAt(), ZoneOffset.UTC))
                    .addValue("username", placed.username()).addValue("action", placed.action())
                    .addValue("type", placed.recordType()).addValue("id", placed.recordId())
                    .addValue("justification", placed.justification()).addValue("detail", placed.detail())
                    .addValue("requestId", placed.requestId()).addValue("seq", placed.seq())
                    .addValue("hash", previous);
        }
        if (rows.length == 1) {
            named.update(INSERT, rows[0]);
        } else {
            named.batchUpdate(INSERT, rows);
        }
        jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id = 1")
                .param("seq", seq).param("hash", previous).update();
    }

    /**
     * Text as both databases store it: at most {@value #MAX_TEXT} characters, with NUL and unpaired surrogates (which
     * PostgreSQL refuses or replaces) written as U+FFFD, so that the stored entry is exactly the one hashed.
     */
    static String stored(String text) {
        if (text == null) {
            return null;
        }
        String cut = text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
        StringBuilder clean = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < cut.length() && Character.isLowSurrogate(cut.charAt(i + 1))) {
                clean.append(c).append(cut.charAt(++i));
            } else {
                clean.append(c == 0 || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return clean.toString();
    }
}
