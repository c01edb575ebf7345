package org.peel.server.continuity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code idempotent_request} table: one row per (user, key), claimed before the work and completed after. */
@Repository
class IdempotentRequests {

    /** A claimed key: what request it was first used for, and the answer once there is one. */
    record Claim(String requestHash, String requestId, String claimedBy, Instant claimedAt, Integer status,
                 String contentType, String location, String body, String keptRecord) {

        boolean completed() {
            return status != null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotentRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims a key for this request; answers false when the key is already claimed (by this or another request). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(String username, String key, String requestHash, String requestId, String instance) {
        try {
            jdbc.sql("""
                            INSERT INTO idempotent_request (username, idempotency_key, request_hash, request_id,
                                                            claimed_by, claimed_at)
                            VALUES (:username, :key, :hash, :requestId, :instance, :at)""")
                    .param("username", username).param("key", key).param("hash", requestHash)
                    .param("requestId", requestId).param("instance", instance)
                    .param("at", OffsetDateTime.now(clock))
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Optional<Claim> find(String username, String key) {
        return jdbc.sql("""
                        SELECT request_hash, request_id, claimed_by, claimed_at, response_status, content_type,
                               location, response_body, kept_record
                        FROM idempotent_request WHERE username = :username AND idempotency_key = :key""")
                .param("username", username).param("key", key)
                .query((rs, row) -> new Claim(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .optional();
    }

    /** Takes over a claim whose first request can no longer finish (its server stopped before answering). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean takeOver(String username, String key, Claim stale, String requestId, String instance) {
        return jdbc.sql("""
                        UPDATE idempotent_request SET claimed_by = :instance, claimed_at = :at, request_id = :requestId
                        WHERE username = :username AND idempotency_key = :key AND claimed_by = :staleBy
                          AND claimed_at = :staleAt AND response_status IS NULL""")
                .param("instance", instance).param("at", OffsetDateTime.now(clock)).param("requestId", requestId)
                .param("username", username).param("key", key).param("staleBy", stale.claimedBy())
                .param("staleAt", OffsetDateTime.ofInstant(stale.claimedAt(), ZoneOffset.UTC))
                .update() == 1;
    }

    /** Notes the record the request wrote, in the transaction that wrote it (so both commit or neither). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noteKept(String username, String key, String record) {
        jdbc.sql("""
                        UPDATE idempotent_request SET kept_record = :record
                        WHERE username = :username AND idempotency_key = :key AND kept_record IS NULL""")
                .param("record", record).param("username", username).param("key", key)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void complete(String username, String key, int status, String contentType, String location, String body) {
        jdbc.sql("""
                        UPDATE idempotent_request SET response_status = :status, content_type = :contentType,
                               location = :location, response_body = :body, completed_at = :at
                        WHERE username = :username AND idempotency_key = :key""")
                .param("status", status).param("contentType", contentType).param("location", location)
                .param("body", body).param("at", OffsetDateTime.now(clock))
                .param("username", username).param("key", key)
                .update();
    }

    /** Frees a key whose request failed without storing anything (an error answered 5xx), so it may be sent again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String username, String key) {
        jdbc.sql("DELETE FROM idempotent_request WHERE username = :username AND idempotency_key = :key "
                        + "AND response_status IS NULL AND kept_record IS NULL")
                .param("username", username).param("key", key)
                .update();
    }

    @Transactional
    public int forgetOlderThan(Duration age) {
        return jdbc.sql("DELETE FROM idempotent_request WHERE claimed_at < :before")
                .param("before", OffsetDateTime.now(clock).minus(age))
                .update();
    }
}
