package org.peel.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What the view benchmarks (crime compliance, missing-person coordination, caseloads) share: the command line, a freshly migrated database,
 * statistics gathered after a load, and the median and 95th percentile of repeated calls.
 */
public final class BenchmarkDatabase {

    private static final int WARM_UP = 5;
    private static final int CALLS = 30;

    private BenchmarkDatabase() {
    }

    /** An embedded H2 file database in {@code directory}, with the settings the server uses. */
    public static String h2Url(Path directory) {
        return "jdbc:h2:file:" + directory.toAbsolutePath() + "/peel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** One benchmark run on one database. */
    @FunctionalInterface
    public interface Run {
        void run(String name, String url, String user, String password, int count, Instant now, boolean postgres)
                throws Exception;
    }

    /**
     * The command line every view benchmark shares: {@code [COUNT] [POSTGRESQL_JDBC_URL]}. Runs on a fresh H2
     * database under peel-server/target, then on the PostgreSQL database when one is named (user postgres).
     * {@code -Dbench.skip-h2=true} runs PostgreSQL alone (an H2 load at full scale takes many minutes).
     */
    public static void onEachDatabase(String[] args, int defaultCount, String directoryPrefix, Run run)
            throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : defaultCount;
        String postgres = args.length > 1 ? args[1] : null;
        Instant now = Instant.now();
        Path directory = Files.createTempDirectory(Path.of("peel-server", "target"), directoryPrefix);
        if (!Boolean.getBoolean("bench.skip-h2")) {
            run.run("H2", h2Url(directory), "sa", "", count, now, false);
        }
        if (postgres != null) {
            run.run("PostgreSQL", postgres, "postgres", "", count, now, true);
        }
    }

    /** Opens the database, empties it when it is PostgreSQL (give it a database of its own), and migrates it. */
    public static SingleConnectionDataSource fresh(String url, String user, String password, boolean postgres)
            throws SQLException {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true);
        if (postgres) {
            execute(dataSource, "DROP SCHEMA public CASCADE");
            execute(dataSource, "CREATE SCHEMA public");
        }
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"))
                .load().migrate();
        return dataSource;
    }

    /** What autovacuum does for a live PostgreSQL database after a load; H2 only gathers statistics. */
    public static void analyse(DataSource dataSource, boolean postgres) throws SQLException {
        execute(dataSource, postgres ? "VACUUM ANALYZE" : "ANALYZE");
    }

    /** The result of the last of repeated calls, and how long the calls took. */
    public record Timing<T>(T last, double medianMillis, double p95Millis, int calls) {
    }

    /** Calls {@code call} a few times to warm up, then times it over {@value #CALLS} calls. */
    public static <T> Timing<T> time(Supplier<T> call) {
        T last = null;
        for (int i = 0; i < WARM_UP; i++) {
            last = call.get();
        }
        long[] micros = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long started = System.nanoTime();
            last = call.get();
            micros[i] = (System.nanoTime() - started) / 1_000;
        }
        Arrays.sort(micros);
        return new Timing<>(last, micros[CALLS / 2] / 1000.0, micros[(int) Math.ceil(CALLS * 0.95) - 1] / 1000.0,
                CALLS);
    }

    /** Prints the database's plan for each query, one line each, so a run shows which indexes the views use. */
    public static void printPlans(DataSource dataSource, boolean postgres, List<String> queries) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String query : queries) {
                List<String> lines = new ArrayList<>();
                try (ResultSet plan = statement.executeQuery("EXPLAIN " + query)) {
                    while (plan.next()) {
                        lines.add(plan.getString(1).replaceAll("\\s+", " "));
                    }
                }
                System.out.println("  plan" + (postgres ? " (PostgreSQL)" : " (H2)") + ": " + String.join(" | ", lines));
            }
        }
    }

    /** A moment as the JDBC drivers of both databases take it for a TIMESTAMP WITH TIME ZONE column; null stays null. */
    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
