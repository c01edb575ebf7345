package org.peel.server.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the lawful log's chain ({@link AuditChain}): every entry in its place with no gap, each hash recomputed from
 * the stored content and the previous hash, no entry outside the chain, and the chain ending at the head. Reads in
 * pages of {@value #PAGE} entries, so a log of any length is checked in bounded memory. Run by {@code peel audit
 * verify}.
 */
@Service
public class AuditChainVerifier {

    private static final int PAGE = 5_000;

    private final JdbcClient jdbc;

    AuditChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome: intact, or the first entry that does not verify and why. */
    public record Verification(long checked, long headSeq, String headHash, Long firstBadEntryId, Long firstBadSeq,
                               String problem) {

        public boolean intact() {
            return problem == null;
        }
    }

    /** Checks the whole chain, from its first entry. */
    @Transactional(readOnly = true)
    public Verification verify() {
        return verifyFrom(1);
    }

    /**
     * Checks the chain from entry {@code fromSeq} on, trusting the hash of the entry before it (for a log too long to
     * check whole every time: start from a place already checked, or from a head written to the server's log).
     */
    @Transactional(readOnly = true)
    public Verification verifyFrom(long fromSeq) {
        AuditChain.Head head = head();
        long expectedSeq = Math.max(1, fromSeq);
        String previous = AuditChain.GENESIS;
        if (expectedSeq > 1) {
            Optional<String> before = hashAt(expectedSeq - 1);
            if (before.isEmpty()) {
                return new Verification(0, head.seq(), head.hash(), null, expectedSeq - 1,
                        "entry " + (expectedSeq - 1) + " of the chain, where checking was to start, is missing");
            }
            previous = before.get();
        }
        Long unchained = jdbc.sql("SELECT MIN(id) FROM audit_entry WHERE chain_seq IS NULL OR entry_hash IS NULL")
                .query(Long.class).optional().orElse(null);
        long checked = 0;
        while (true) {
            List<StoredEntry> page = page(expectedSeq);
            for (StoredEntry entry : page) {
                if (entry.link().seq() != expectedSeq) {
                    return new Verification(checked, head.seq(), head.hash(), entry.id(), expectedSeq,
                            "entry " + expectedSeq + " of the chain is missing (the next is " + entry.link().seq()
                                    + ", audit entry id " + entry.id() + ")");
                }
                String hash = entry.link().hash(previous);
                if (!hash.equals(entry.hash())) {
                    return new Verification(checked, head.seq(), head.hash(), entry.id(), expectedSeq,
                            "audit entry id " + entry.id() + " (chain entry " + expectedSeq + ") does not match its"
                                    + " hash: its content or an entry before it was changed");
                }
                previous = hash;
                expectedSeq++;
                checked++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (expectedSeq - 1 != head.seq() || (head.seq() > 0 && !previous.equals(head.hash()))) {
            return new Verification(checked, head.seq(), head.hash(), null, expectedSeq,
                    "the chain ends at entry " + (expectedSeq - 1) + " but its head says " + head.seq()
                            + ": entries were removed from its end");
        }
        if (unchained != null) {
            return new Verification(checked, head.seq(), head.hash(), unchained, null,
                    "audit entry id " + unchained + " is outside the chain: it was written around Peel");
        }
        return new Verification(checked, head.seq(), head.hash(), null, null, null);
    }

    /**
     * Checks a head written earlier to the server's log: the entry at {@code seq} must still be there with that hash.
     * Empty when it is; otherwise what is wrong (a log truncated or rewritten after the head was written).
     */
    @Transactional(readOnly = true)
    public Optional<String> checkLoggedHead(long seq, String hash) {
        Optional<String> stored = hashAt(seq);
        if (stored.isEmpty()) {
            return Optional.of("chain entry " + seq + ", logged as the head with hash " + hash + ", is missing:"
                    + " the log was cut short");
        }
        if (!stored.get().equals(hash)) {
            return Optional.of("chain entry " + seq + " has hash " + stored.get() + " but was logged with " + hash
                    + ": the log was rewritten");
        }
        return Optional.empty();
    }

    /** The chain's head now: its last place and hash. */
    @Transactional(readOnly = true)
    public AuditChain.Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, row) -> new AuditChain.Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                .optional().orElse(new AuditChain.Head(0, AuditChain.GENESIS));
    }

    private Optional<String> hashAt(long seq) {
        return jdbc.sql("SELECT entry_hash FROM audit_entry WHERE chain_seq = :seq").param("seq", seq)
                .query(String.class).optional();
    }

    private record StoredEntry(long id, AuditChain.Link link, String hash) {
    }

    private List<StoredEntry> page(long fromSeq) {
        return jdbc.sql("""
                        SELECT id, chain_seq, entry_hash, occurred_at, username, action, record_type, record_id,
                               justification, detail, request_id
                        FROM audit_entry WHERE chain_seq >= :from ORDER BY chain_seq FETCH FIRST %d ROWS ONLY"""
                        .formatted(PAGE))
                .param("from", fromSeq)
                .query((rs, row) -> new StoredEntry(rs.getLong("id"), new AuditChain.Link(rs.getLong("chain_seq"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("username"),
                        rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                        rs.getString("justification"), rs.getString("detail"), rs.getString("request_id")),
                        rs.getString("entry_hash")))
                .list();
    }
}
