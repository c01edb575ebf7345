package org.peel.server.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The rule that makes the lawful log tamper-evident: each entry's hash is SHA-256 over its place in the chain, its
 * content and the previous entry's hash, so changing, removing or re-ordering any entry breaks every hash after it.
 * The first entry's previous hash is {@link #GENESIS}. The writer ({@link AuditLog}), the migration that chained the
 * entries written before the chain existed, and the verifier ({@link AuditChainVerifier}) all use this one rule.
 *
 * <p>Each field is written as its length and its characters (a missing field as {@code -}), so no two different
 * entries have the same input; the time is an ISO-8601 instant to the microsecond, the precision both databases keep.
 */
public final class AuditChain {

    /** The previous hash of the first entry in the chain. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The chain's last place and that entry's hash ({@link #GENESIS} before the first entry). */
    public record Head(long seq, String hash) {
    }

    /** One entry's content, as it is stored. */
    public record Link(long seq, Instant occurredAt, String username, String action, String recordType,
                       String recordId, String justification, String detail, String requestId) {

        /** The hash of this entry following the entry whose hash is {@code previousHash}. */
        public String hash(String previousHash) {
            StringBuilder input = new StringBuilder(256);
            field(input, Long.toString(seq));
            field(input, AuditChain.occurredAt(occurredAt).toString());
            field(input, username);
            field(input, action);
            field(input, recordType);
            field(input, recordId);
            field(input, justification);
            field(input, detail);
            field(input, requestId);
            field(input, previousHash);
            return sha256(input.toString());
        }
    }

    /** The moment as the databases keep it (to the microsecond), so that what is hashed is what is stored. */
    public static Instant occurredAt(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MICROS);
    }

    private static void field(StringBuilder input, String value) {
        if (value == null) {
            input.append('-');
        } else {
            input.append(value.length()).append(':').append(value);
        }
        input.append('|');
    }

    private static String sha256(String input) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
