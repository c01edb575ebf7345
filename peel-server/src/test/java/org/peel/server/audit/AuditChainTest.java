package org.peel.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.peel.server.access.SystemIdentity;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The lawful log's tamper evidence on the real database: the hash chain, the verifier, the append-only table. */
@PeelIntegrationTest
class AuditChainTest {

    private static final String RECORD_TYPE = "audit_chain_test";

    @Autowired
    RecordKeeping records;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void writersAtTheSameTimeEachTakeTheirOwnPlaceInOneUnbrokenChain() throws Exception {
        long start = verifier.head().seq() + 1;
        long id = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                String user = "cli:writer-" + writer;
                done.add(writers.submit(() -> {
                    for (int entry = 0; entry < 25; entry++) {
                        SystemIdentity.run(user, () -> transactions.executeWithoutResult(status ->
                                records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "concurrent change")));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }

        AuditChainVerifier.Verification verification = verifier.verifyFrom(start);
        assertThat(verification.problem()).isNull();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(100);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT chain_seq) FROM audit_entry WHERE record_type = :type AND record_id = :id")
                .param("type", RECORD_TYPE).param("id", Long.toString(id)).query(Long.class).single())
                .isEqualTo(100);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnAuditEntry() {
        long entry = oneEntry("an entry nobody may change");

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET detail = 'rewritten' WHERE id = :id")
                .param("id", entry).update()).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", entry).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain_head").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");

        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE id = :id").param("id", entry)
                .query(String.class).single()).isEqualTo("an entry nobody may change");
    }

    @Test
    void anEntryRewrittenAroundTheGuardIsNamedAsTheFirstThatDoesNotVerify() {
        long start = verifier.head().seq() + 1;
        oneEntry("before the forged entry");
        long forged = oneEntry("the entry to forge");
        oneEntry("after the forged entry");
        assertThat(verifier.verifyFrom(start).intact()).isTrue();

        // Someone with the database owner's rights turns the guard off and rewrites one entry's content.
        withoutGuard(() -> jdbc.sql("UPDATE audit_entry SET detail = 'nothing to see' WHERE id = :id")
                .param("id", forged).update());
        try {
            AuditChainVerifier.Verification verification = verifier.verifyFrom(start);

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBadEntryId()).isEqualTo(forged);
            assertThat(verification.problem()).contains("audit entry id " + forged);
        } finally {
            withoutGuard(() -> jdbc.sql("UPDATE audit_entry SET detail = 'the entry to forge' WHERE id = :id")
                    .param("id", forged).update());
        }
        assertThat(verifier.verifyFrom(start).intact()).isTrue();
    }

    @Test
    void aHeadTheServerLoggedMustStillBeInTheChainWithTheSameHash() {
        oneEntry("an entry whose head is logged");
        AuditChain.Head logged = verifier.head();
        assertThat(verifier.checkLoggedHead(logged.seq(), logged.hash())).isEmpty();

        assertThat(verifier.checkLoggedHead(logged.seq(), AuditChain.GENESIS)).get().asString()
                .contains("rewritten");
        assertThat(verifier.checkLoggedHead(logged.seq() + 1_000_000, logged.hash())).get().asString()
                .contains("cut short");
    }

    @Test
    void textThatADatabaseWouldAlterIsStoredAsItWasHashed() {
        long start = verifier.head().seq() + 1;
        oneEntry("a NUL \u0000 and a lone surrogate \uD800 and a pair \uD83D\uDE00");

        assertThat(verifier.verifyFrom(start).intact()).isTrue();
    }

    private long oneEntry(String detail) {
        long id = System.nanoTime();
        SystemIdentity.run("cli:tester", () -> transactions.executeWithoutResult(status ->
                records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, detail)));
        return jdbc.sql("SELECT id FROM audit_entry WHERE record_type = :type AND record_id = :id")
                .param("type", RECORD_TYPE).param("id", Long.toString(id)).query(Long.class).single();
    }

    private void withoutGuard(Runnable change) {
        if (TestDatabase.isPostgres()) {
            jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
            try {
                change.run();
            } finally {
                jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
            }
        } else {
            jdbc.sql("DROP TRIGGER audit_entry_append_only").update();
            try {
                change.run();
            } finally {
                jdbc.sql("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry FOR EACH ROW"
                        + " CALL 'org.peel.server.audit.AppendOnlyTrigger'").update();
            }
        }
    }
}
