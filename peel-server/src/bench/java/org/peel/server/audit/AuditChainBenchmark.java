package org.peel.server.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.peel.server.access.SystemIdentity;
import org.peel.server.bench.BenchmarkDatabase;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The cost of the audit chain: every writer locks the chain head until its transaction commits, so audit writes are
 * serialised. Times one audit entry per transaction (what a page view or a change writes) with 1, 4 and 8 writers,
 * with the chain ({@link AuditLog}) and with the plain insert the log used before the chain, on H2 and PostgreSQL.
 * Not a test: a program to run by hand (see docs/security.md for the command and the figures).
 *
 * <pre>
 * java -cp peel-server/target/test-classes:peel-server/target/classes:$(cat peel-server/target/classpath.txt) \
 *     org.peel.server.audit.AuditChainBenchmark [entries-per-writer] [postgres-jdbc-url]
 * </pre>
 */
public final class AuditChainBenchmark {

    private static final String PLAIN_INSERT = "INSERT INTO audit_entry (occurred_at, username, action, record_type,"
            + " record_id, justification, detail, request_id) VALUES (CURRENT_TIMESTAMP, 'bench', 'CONSULTATION',"
            + " 'person', :id, NULL, 'viewed', NULL)";

    private AuditChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkDatabase.onEachDatabase(args, 2_000, "audit-bench-", AuditChainBenchmark::run);
    }

    private static void run(String name, String url, String user, String password, int perWriter,
                            java.time.Instant now, boolean postgres) throws Exception {
        BenchmarkDatabase.fresh(url, user, password, postgres).destroy();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            AuditLog chained = new AuditLog(jdbc, new NamedParameterJdbcTemplate(dataSource), Clock.systemUTC(),
                    org.peel.server.platform.JustificationPolicy.of(java.util.List.of("none")));
            TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            for (int writers : new int[] {1, 4, 8}) {
                double plain = perSecond(writers, perWriter, () -> transactions.executeWithoutResult(status ->
                        jdbc.sql(PLAIN_INSERT).param("id", "1").update()));
                double chain = perSecond(writers, perWriter, () -> transactions.executeWithoutResult(status ->
                        chained.record(AuditAction.CONSULTATION, "person", 1L, "viewed")));
                System.out.printf("%s, %d writers x %,d entries: plain insert %,.0f entries/s, chained %,.0f"
                        + " entries/s (%.0f%%)%n", name, writers, perWriter, plain, chain, 100 * chain / plain);
            }
            AuditChainVerifier verifier = new AuditChainVerifier(jdbc);
            long started = System.nanoTime();
            AuditChainVerifier.Verification verification = verifier.verifyFrom(1);
            System.out.printf("%s: verify of %,d chained entries took %,d ms (%s)%n", name, verification.checked(),
                    (System.nanoTime() - started) / 1_000_000, verification.intact() ? "intact"
                            : verification.problem());
        }
    }

    private static double perSecond(int writers, int perWriter, Runnable write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> SystemIdentity.run("cli:bench", () -> {
                    for (int i = 0; i < perWriter; i++) {
                        write.run();
                    }
                })));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            return writers * perWriter / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
