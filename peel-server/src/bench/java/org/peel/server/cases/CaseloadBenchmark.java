package org.peel.server.cases;

import static org.peel.server.bench.BenchmarkDatabase.at;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.peel.server.bench.BenchmarkDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Loads five years of a force's investigations (500,000 by default, six tasks each: 3,000,000) for 200 officers in
 * 20 teams into H2 and into PostgreSQL with batch inserts, then times an officer's "my work" and a supervisor's team
 * view (median and 95th percentile over repeated calls, each call for the next officer or supervisor in turn). Not a
 * test: a program to run by hand. The command and the results are in docs/cases.md.
 *
 * <pre>
 * ./mvnw -q -B -pl peel-server test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp peel-server/target/test-classes:peel-server/target/classes:$(cat peel-server/target/classpath.txt) \
 *     org.peel.server.cases.CaseloadBenchmark [investigations] [postgres-jdbc-url]
 * </pre>
 * The PostgreSQL database is emptied first (its public schema is dropped and made again): give it a database of its
 * own. Without a URL only H2 is measured.
 */
public final class CaseloadBenchmark {

    static final int OFFICERS = 200;
    static final int TEAMS = 20;
    static final int TASKS_EACH = 6;
    private static final int BATCH = 5_000;
    private static final Duration YEARS = Duration.ofDays(5 * 365);

    private CaseloadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkDatabase.onEachDatabase(args, 500_000, "cases-bench-", CaseloadBenchmark::run);
    }

    private static void run(String name, String url, String user, String password, int investigations, Instant now,
                            boolean postgres) throws Exception {
        SingleConnectionDataSource dataSource = BenchmarkDatabase.fresh(url, user, password, postgres);
        try {
            long started = System.nanoTime();
            long[] loaded = load(dataSource, investigations, now);
            long loadMillis = (System.nanoTime() - started) / 1_000_000;
            BenchmarkDatabase.analyse(dataSource, postgres);
            System.out.printf("%s: loaded %,d investigations (%,d active) and %,d tasks (%,d open) in %,d ms%n", name,
                    investigations, loaded[0], loaded[1], loaded[2], loadMillis);
            printPlans(dataSource, postgres, now);
            CasesProperties properties = new CasesProperties(new CasesProperties.ReviewIntervals(Duration.ofDays(7),
                    Duration.ofDays(28), Duration.ofDays(28)), Duration.ofDays(14), null);
            Caseloads caseloads = new Caseloads(new CaseloadQueries(JdbcClient.create(dataSource)), null, properties,
                    null, Clock.systemUTC());
            int[] next = {0, 0};
            BenchmarkDatabase.Timing<Caseload.MyWork> work = BenchmarkDatabase.time(
                    () -> caseloads.work(officer(next[0]++ % OFFICERS), Caseloads.DEFAULT_LIMIT, now));
            System.out.printf("%s, my work (100 a list): median %.1f ms, p95 %.1f ms over %d calls (last: %,d active"
                            + " investigations, %,d open tasks, %,d overdue)%n", name, work.medianMillis(),
                    work.p95Millis(), work.calls(), work.last().activeInvestigations(), work.last().openTasks(),
                    work.last().overdueTasks());
            BenchmarkDatabase.Timing<Caseload.TeamView> team = BenchmarkDatabase.time(
                    () -> caseloads.team(supervisor(next[1]++ % TEAMS), Caseloads.DEFAULT_LIMIT, now));
            System.out.printf("%s, team view of 10 officers (100 a list): median %.1f ms, p95 %.1f ms over %d calls"
                            + " (last: %d reviews overdue, %d tasks overdue, %d inactive listed)%n", name,
                    team.medianMillis(), team.p95Millis(), team.calls(), team.last().reviewsOverdue().size(),
                    team.last().tasksOverdue().size(), team.last().inactive().size());
        } finally {
            dataSource.destroy();
        }
    }

    static String officer(int n) {
        return "officer" + n;
    }

    static String supervisor(int n) {
        return "sergeant" + n;
    }

    /**
     * Five years of openings, evenly spread. Investigations of the last 60 days are mostly active, older ones active
     * one in 25 (long-running cases); the rest are filed or closed. Each has six tasks: those of inactive
     * investigations done (one in 100 left open), those of active ones done with a chance that grows with age, due
     * from a day to a month after opening. Reviews fall due 28 days after the last one; one in four active
     * investigations has slipped past it.
     */
    private static long[] load(DataSource dataSource, int investigations, Instant now) throws SQLException {
        SplittableRandom random = new SplittableRandom(2019);
        long span = YEARS.toSeconds();
        long active = 0;
        long tasks = 0;
        long openTasks = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PreparedStatement investigation = connection.prepareStatement("""
                    INSERT INTO investigation (id, reference, version, title, status, priority, officer_in_charge,
                        supervisor, active_officer, active_supervisor, review_due_at, last_reviewed_at,
                        last_activity_at, status_changed_at, status_changed_by, created_at, created_by, updated_at,
                        updated_by)
                    VALUES (?, ?, 3, 'Benchmark investigation', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench', ?,
                        'bench')""");
            PreparedStatement task = connection.prepareStatement("""
                    INSERT INTO investigation_task (id, investigation_id, version, title, owner, priority, due_at,
                        rule_code, subject, open_owner, open_rule, open_supervisor, done_at, done_by, result, created_at,
                        created_by, updated_at, updated_by)
                    VALUES (?, ?, 1, 'Benchmark task', ?, 'STANDARD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench')""");
            int pending = 0;
            long taskId = 0;
            for (long id = 1; id <= investigations; id++) {
                Instant opened = now.minusSeconds(span - (span * id / investigations));
                Duration age = Duration.between(opened, now);
                boolean isActive = age.compareTo(Duration.ofDays(60)) < 0 ? random.nextInt(10) > 0
                        : random.nextInt(25) == 0;
                int officerNumber = random.nextInt(OFFICERS);
                String officer = officer(officerNumber);
                String supervisor = supervisor(officerNumber % TEAMS);
                String status = isActive ? (random.nextInt(8) == 0 ? "PENDING_FURTHER_INFORMATION" : "OPEN")
                        : (random.nextInt(3) == 0 ? "FILED" : "CLOSED");
                Instant lastReview = isActive && age.toDays() > 28
                        ? now.minus(Duration.ofDays(random.nextInt(28))) : null;
                Instant reviewDue = !isActive ? null
                        : random.nextInt(4) == 0 ? now.minus(Duration.ofDays(1 + random.nextInt(20)))
                        : (lastReview == null ? opened : lastReview).plus(Duration.ofDays(28));
                Instant lastActivity = isActive ? now.minus(Duration.ofHours(random.nextInt(24 * 30)))
                        : opened.plus(Duration.ofDays(random.nextInt(60)));
                if (lastActivity.isBefore(opened)) {
                    lastActivity = opened;
                }
                if (isActive) {
                    active++;
                }
                int column = 1;
                investigation.setLong(column++, id);
                investigation.setString(column++, String.format("INV-%d-%06d", opened.atZone(ZoneOffset.UTC).getYear(),
                        id));
                investigation.setString(column++, status);
                investigation.setString(column++, random.nextInt(10) == 0 ? "HIGH" : "STANDARD");
                investigation.setString(column++, officer);
                investigation.setString(column++, supervisor);
                investigation.setString(column++, isActive ? officer : null);
                investigation.setString(column++, isActive ? supervisor : null);
                investigation.setObject(column++, at(reviewDue));
                investigation.setObject(column++, at(lastReview));
                investigation.setObject(column++, at(lastActivity));
                investigation.setObject(column++, at(lastActivity));
                investigation.setObject(column++, at(opened));
                investigation.setObject(column, at(lastActivity));
                investigation.addBatch();
                for (int t = 0; t < TASKS_EACH; t++) {
                    taskId++;
                    tasks++;
                    Instant due = opened.plus(Duration.ofHours(24L + random.nextInt(24 * 30)));
                    boolean done = isActive ? random.nextInt(100) < Math.min(90, age.toDays() * 3)
                            : random.nextInt(100) > 0;
                    String rule = t == 0 ? "CONTACT_VICTIM" : t == 1 && random.nextInt(5) == 0
                            ? "DOMESTIC_ABUSE_RISK_ASSESSMENT" : null;
                    Instant doneAt = done ? (due.isBefore(now) ? due : now) : null;
                    if (!done) {
                        openTasks++;
                    }
                    column = 1;
                    task.setLong(column++, taskId);
                    task.setLong(column++, id);
                    task.setString(column++, officer);
                    task.setObject(column++, at(due));
                    task.setString(column++, rule);
                    task.setString(column++, rule == null ? null : "INVESTIGATION");
                    task.setString(column++, done ? null : officer);
                    task.setString(column++, done ? null : rule);
                    task.setString(column++, done || !isActive ? null : supervisor);
                    task.setObject(column++, at(doneAt));
                    task.setString(column++, done ? "bench" : null);
                    task.setString(column++, done ? "Benchmark result" : null);
                    task.setObject(column++, at(opened));
                    task.setObject(column, at(doneAt == null ? opened : doneAt));
                    task.addBatch();
                }
                if (++pending == BATCH || id == investigations) {
                    investigation.executeBatch();
                    task.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            try (Statement statement = connection.createStatement()) {
                // Later inserts through the application must not collide with the loaded ids.
                statement.execute("ALTER TABLE investigation ALTER COLUMN id RESTART WITH " + (investigations + 1));
                statement.execute("ALTER TABLE investigation_task ALTER COLUMN id RESTART WITH " + (taskId + 1));
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        return new long[] {active, tasks, openTasks};
    }

    private static void printPlans(DataSource dataSource, boolean postgres, Instant now) throws SQLException {
        String time = "TIMESTAMP WITH TIME ZONE '" + now + "'";
        List<String> queries = List.of(
                "SELECT id FROM investigation WHERE active_officer = 'officer7' ORDER BY review_due_at, id LIMIT 100",
                "SELECT t.id FROM investigation_task t JOIN investigation i ON i.id = t.investigation_id"
                        + " WHERE t.open_owner = 'officer7' ORDER BY t.due_at, t.id LIMIT 100",
                "SELECT t.id FROM investigation_task t JOIN investigation i ON i.id = t.investigation_id"
                        + " WHERE t.open_supervisor = 'sergeant7' AND t.due_at < " + time
                        + " ORDER BY t.due_at, t.id LIMIT 100");
        BenchmarkDatabase.printPlans(dataSource, postgres, queries);
    }
}
