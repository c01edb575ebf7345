package org.peel.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short-lived bearer tokens for scripts: a script signs in once with its password (checked with the slow password
 * hash), then sends the token, which is checked with one fast SHA-256 and one indexed lookup. Only the hash is
 * stored; a token lasts {@code peel.api-token-lifetime} (default one hour) and is refused after that, or as soon as
 * its user is disabled.
 */
@Service
public class ApiTokens {

    /** A token as issued: the secret itself is shown once, here, and never stored. */
    public record IssuedToken(String token, String tokenType, Instant expiresAt, long expiresIn) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokens(JdbcClient jdbc, UserAccounts accounts, AuditLog auditLog, Clock clock,
              @Value("${peel.api-token-lifetime:1h}") Duration lifetime) {
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new token for {@code username}, valid for the configured lifetime. */
    @Transactional
    public IssuedToken issue(String username) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM api_token WHERE expires_at < :now").param("now", at(now)).update();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(lifetime);
        jdbc.sql("INSERT INTO api_token (token_hash, username, issued_at, expires_at) VALUES (:hash, :username, :now, "
                        + ":expires)")
                .param("hash", hash(token)).param("username", username).param("now", at(now))
                .param("expires", at(expiresAt)).update();
        auditLog.record(AuditAction.COLLECTION, "api_token", username, "issued an API token expiring at "
                + expiresAt);
        return new IssuedToken(token, "Bearer", expiresAt, lifetime.toSeconds());
    }

    /** The enabled user a token that has not expired belongs to. */
    @Transactional(readOnly = true)
    Optional<UserAccount> holder(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT username FROM api_token WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", hash(token.strip())).param("now", at(clock.instant())).query(String.class).optional()
                .flatMap(accounts::find).filter(UserAccount::enabled);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
