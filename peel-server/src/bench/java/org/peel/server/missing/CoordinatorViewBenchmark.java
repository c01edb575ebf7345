package org.peel.server.missing;

import static org.peel.server.bench.BenchmarkDatabase.at;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.peel.server.bench.BenchmarkDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Loads five years of a large force's missing-person episodes (200,000 by default, with their assessments) into H2 and
 * into PostgreSQL with batch inserts, then times the coordinator's view (median and 95th percentile over repeated
 * calls). Not a test: a program to run by hand, kept in src/bench/java and compiled with the tests. The command and
 * the results are in docs/missing.md.
 *
 * <pre>
 * ./mvnw -q -B -pl peel-server test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp peel-server/target/test-classes:peel-server/target/classes:$(cat peel-server/target/classpath.txt) \
 *     org.peel.server.missing.CoordinatorViewBenchmark [episodes] [postgres-jdbc-url]
 * </pre>
 * The PostgreSQL database is emptied first (its public schema is dropped and made again): give it a database of its
 * own. Without a URL only H2 is measured.
 */
public final class CoordinatorViewBenchmark {

    private static final int BATCH = 5_000;
    private static final Duration YEARS = Duration.ofDays(5 * 365);
    private static final int PEOPLE = 60_000;

    private CoordinatorViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkDatabase.onEachDatabase(args, 200_000, "missing-bench-", CoordinatorViewBenchmark::run);
    }

    private static void run(String name, String url, String user, String password, int episodes, Instant now,
                            boolean postgres) throws Exception {
        SingleConnectionDataSource dataSource = BenchmarkDatabase.fresh(url, user, password, postgres);
        try {
            long started = System.nanoTime();
            int[] open = load(dataSource, episodes, now);
            long loadMillis = (System.nanoTime() - started) / 1_000_000;
            BenchmarkDatabase.analyse(dataSource, postgres);
            System.out.printf("%s: loaded %,d episodes (%,d open) and their assessments in %,d ms%n", name, episodes,
                    open[0], loadMillis);
            printPlan(dataSource, postgres);
            MissingCoordination coordination = new MissingCoordination(
                    new EpisodeRepository(JdbcClient.create(dataSource)), MissingProperties.defaults(),
                    ids -> Map.of(), null, Clock.systemUTC());
            measure(name, coordination, now);
        } finally {
            dataSource.destroy();
        }
    }

    private static void measure(String name, MissingCoordination coordination, Instant now) {
        BenchmarkDatabase.Timing<CoordinatorView> timing = BenchmarkDatabase.time(
                () -> coordination.compute(now, MissingCoordination.DEFAULT_LIMIT));
        CoordinatorView view = timing.last();
        System.out.printf("%s, coordinator's view (100 a list): median %.1f ms, p95 %.1f ms over %d calls "
                        + "(open %,d by risk %s; reviews overdue %,d, due soon %,d; awaiting confirmation %,d; "
                        + "children %,d; interviews overdue %,d)%n",
                name, timing.medianMillis(), timing.p95Millis(), timing.calls(),
                view.openCount(), view.openByRisk(), view.reviewsOverdueCount(), view.reviewsDueSoonCount(),
                view.awaitingConfirmationCount(), view.childrenMissingCount(), view.interviewsOverdueCount());
    }

    /**
     * Five years of reports, evenly spread. Episodes of the last three days are still open with a chance that falls
     * with age; one in 300 older ones is a long-term missing person, still open. Of the rest, 93% end found or
     * returned (one in 30 of those without the return interview recorded), 6% not missing, 1% found deceased. A third
     * are children; people are drawn from 60,000, so repeat missing persons occur naturally.
     */
    private static int[] load(DataSource dataSource, int episodes, Instant now) throws SQLException {
        SplittableRandom random = new SplittableRandom(2019);
        MissingProperties properties = MissingProperties.defaults();
        ReviewSchedule schedule = new ReviewSchedule(properties);
        long span = YEARS.toSeconds();
        int open = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PreparedStatement episode = connection.prepareStatement("""
                    INSERT INTO missing_episode (id, version, person_id, status, reported_at, last_seen_at,
                        last_seen_place, last_seen_postcode, circumstances, child, child_basis, in_care, reported_by,
                        reporter_contact, latest_grade, confirmed_grade, last_assessed_at, unconfirmed_since,
                        review_due_at, closed_at, closed_by, found_at, found_place, found_by, found_condition,
                        close_reason, interview_due_at, interview_done_at, interview_by, created_at, created_by,
                        updated_at, updated_by)
                    VALUES (?, 2, ?, ?, ?, ?, 'Outside the library', 'B11 4AB', 'Benchmark circumstances', ?,
                        'DATE_OF_BIRTH', FALSE, 'Benchmark reporter', '07700 900123', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                        ?, ?, ?, ?, ?, 'bench', ?, 'bench')""");
            PreparedStatement assessment = connection.prepareStatement("""
                    INSERT INTO missing_risk_assessment (id, episode_id, grade, risk_factors, rationale, assessed_at,
                        assessed_by, confirmed_at, confirmed_by)
                    VALUES (?, ?, ?, 'OUT_OF_CHARACTER,VULNERABLE_AGE', 'Benchmark rationale', ?, 'bench', ?, ?)""");
            int pending = 0;
            for (long id = 1; id <= episodes; id++) {
                Instant reported = now.minusSeconds(span - (span * id / episodes));
                Duration age = Duration.between(reported, now);
                RiskGrade grade = grade(random);
                boolean isOpen = age.compareTo(Duration.ofDays(3)) < 0
                        ? random.nextInt(72) >= age.toHours()
                        : random.nextInt(300) == 0;
                boolean child = random.nextInt(3) == 0;
                // Open episodes are reassessed at about their review times; some reviews slip, some await confirmation.
                Instant assessed = isOpen ? now.minus(Duration.ofMinutes(random.nextInt(
                        (int) schedule.interval(grade).toMinutes() * 5 / 4 + 1))) : reported;
                if (assessed.isBefore(reported)) {
                    assessed = reported;
                }
                boolean confirmed = !isOpen || random.nextInt(4) > 0;
                String status = "OPEN";
                Instant foundAt = null;
                Instant interviewDue = null;
                Instant interviewDone = null;
                String reason = null;
                if (!isOpen) {
                    int fate = random.nextInt(100);
                    foundAt = reported.plus(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60)));
                    if (foundAt.isAfter(now)) {
                        foundAt = now;
                    }
                    if (fate < 93) {
                        status = fate < 50 ? "RETURNED" : "FOUND";
                        interviewDue = schedule.interviewDue(foundAt);
                        Instant held = foundAt.plus(Duration.ofHours(1 + random.nextInt(70)));
                        interviewDone = random.nextInt(30) == 0 || held.isAfter(now) ? null : held;
                    } else {
                        status = fate < 99 ? "NOT_MISSING" : "FOUND_DECEASED";
                        reason = "Benchmark reason for closing";
                        if (fate < 99) {
                            foundAt = null;
                        }
                    }
                } else {
                    open++;
                }
                int column = 1;
                episode.setLong(column++, id);
                episode.setLong(column++, 1 + random.nextInt(PEOPLE));
                episode.setString(column++, status);
                episode.setObject(column++, at(reported));
                episode.setObject(column++, at(reported.minus(Duration.ofHours(2))));
                episode.setBoolean(column++, child);
                episode.setString(column++, grade.name());
                episode.setString(column++, confirmed ? grade.name() : null);
                episode.setObject(column++, at(assessed));
                episode.setObject(column++, at(confirmed ? null : assessed));
                episode.setObject(column++, at(isOpen ? schedule.nextReviewDue(assessed, grade, null) : null));
                episode.setObject(column++, at(isOpen ? null : foundAt == null ? reported.plusSeconds(3600) : foundAt));
                episode.setString(column++, isOpen ? null : "bench");
                episode.setObject(column++, at(foundAt));
                episode.setString(column++, foundAt == null ? null : "Grandmother's flat");
                episode.setString(column++, foundAt == null ? null : "PC 1234");
                episode.setString(column++, interviewDue == null ? null : "Safe and well");
                episode.setString(column++, reason);
                episode.setObject(column++, at(interviewDue));
                episode.setObject(column++, at(interviewDone));
                episode.setString(column++, interviewDone == null ? null : "Return-home worker");
                episode.setObject(column++, at(reported));
                episode.setObject(column, at(assessed));
                episode.addBatch();
                assessment.setLong(1, id);
                assessment.setLong(2, id);
                assessment.setString(3, grade.name());
                assessment.setObject(4, at(assessed));
                assessment.setObject(5, at(confirmed ? assessed.plusSeconds(600) : null));
                assessment.setString(6, confirmed ? "bench" : null);
                assessment.addBatch();
                if (++pending == BATCH || id == episodes) {
                    episode.executeBatch();
                    assessment.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            try (Statement statement = connection.createStatement()) {
                // Later inserts through the application must not collide with the loaded ids.
                statement.execute("ALTER TABLE missing_episode ALTER COLUMN id RESTART WITH " + (episodes + 1));
                statement.execute("ALTER TABLE missing_risk_assessment ALTER COLUMN id RESTART WITH " + (episodes + 1));
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        return new int[] {open};
    }

    /** Most episodes are graded low or medium; few high. */
    private static RiskGrade grade(SplittableRandom random) {
        int n = random.nextInt(100);
        return n < 15 ? RiskGrade.NO_APPARENT_RISK : n < 55 ? RiskGrade.LOW : n < 90 ? RiskGrade.MEDIUM : RiskGrade.HIGH;
    }

    private static void printPlan(DataSource dataSource, boolean postgres) throws SQLException {
        List<String> queries = List.of(
                "SELECT id, person_id, latest_grade, review_due_at FROM missing_episode WHERE status = 'OPEN'",
                "SELECT id FROM missing_episode WHERE interview_done_at IS NULL AND interview_due_at < CURRENT_TIMESTAMP"
                        + " ORDER BY interview_due_at LIMIT 100",
                "SELECT person_id, COUNT(*) FROM missing_episode WHERE person_id IN (1, 2, 3)"
                        + " AND reported_at > CURRENT_TIMESTAMP - INTERVAL '365' DAY GROUP BY person_id");
        BenchmarkDatabase.printPlans(dataSource, postgres, queries);
    }
}
