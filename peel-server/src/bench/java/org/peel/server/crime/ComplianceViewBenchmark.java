package org.peel.server.crime;

import static org.peel.server.bench.BenchmarkDatabase.at;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.peel.server.bench.BenchmarkDatabase;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.PeelProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Loads a force's year of crime recording (1,000,000 incidents and the crimes recorded from them) into H2 and into
 * PostgreSQL with batch inserts, then times the compliance view (median and 95th percentile over repeated calls).
 * Not a test: a program to run by hand, kept in src/bench/java and compiled with the tests. The command and the
 * results are in docs/crime.md.
 *
 * <pre>
 * ./mvnw -q -B -pl peel-server test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp peel-server/target/test-classes:peel-server/target/classes:$(cat peel-server/target/classpath.txt) \
 *     org.peel.server.crime.ComplianceViewBenchmark [incidents] [postgres-jdbc-url]
 * </pre>
 * The PostgreSQL database is emptied first (its public schema is dropped and made again): give it a database of its
 * own. Without a URL only H2 is measured.
 */
public final class ComplianceViewBenchmark {

    private static final int BATCH = 5_000;
    private static final ForceCalendar CALENDAR = new ForceCalendar(PeelProperties.DEFAULT_FORCE_ZONE,
            Clock.systemUTC());

    private ComplianceViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkDatabase.onEachDatabase(args, 1_000_000, "compliance-bench-", ComplianceViewBenchmark::run);
    }

    private static void run(String name, String url, String user, String password, int incidents, Instant now,
                            boolean postgres) throws Exception {
        SingleConnectionDataSource dataSource = BenchmarkDatabase.fresh(url, user, password, postgres);
        try {
            long started = System.nanoTime();
            long crimes = load(dataSource, incidents, now);
            long loadMillis = (System.nanoTime() - started) / 1_000_000;
            BenchmarkDatabase.analyse(dataSource, postgres);
            System.out.printf("%s: loaded %,d incidents and %,d crimes in %,d ms%n", name, incidents, crimes, loadMillis);
            printPlan(dataSource, postgres);
            CrimeCompliance compliance = new CrimeCompliance(new ComplianceQueries(JdbcClient.create(dataSource)),
                    new CrimeReferenceData(), null, CALENDAR);
            LocalDate today = CALENDAR.day(now);
            measure(name, "default view (last 28 days, 100 a list)", compliance, now,
                    today.minusDays(CrimeCompliance.DEFAULT_DAYS - 1L), today);
            measure(name, "whole year (365 days, 100 a list)", compliance, now, today.minusDays(364), today);
        } finally {
            dataSource.destroy();
        }
    }

    private static void measure(String name, String what, CrimeCompliance compliance, Instant now, LocalDate from,
                                LocalDate to) {
        BenchmarkDatabase.Timing<ComplianceView> timing = BenchmarkDatabase.time(
                () -> compliance.compute(now, from, to, CrimeCompliance.DEFAULT_LIMIT));
        ComplianceView view = timing.last();
        System.out.printf("%s, %s: median %.1f ms, p95 %.1f ms over %d calls "
                        + "(awaiting %,d, late %,d, recorded late %,d, not recorded %,d, %,d day/category rows)%n",
                name, what, timing.medianMillis(), timing.p95Millis(), timing.calls(),
                view.awaitingDecisionCount(), view.lateCount(), view.recordedLateCount(), view.notRecordedCount(),
                view.countsByDay().size());
    }

    /**
     * A year of reports: 45% crime-related. Of those, 86% lead to a crime (one victim, or two for one in ten; one
     * crime in twelve recorded after its clock ran out), 12% to a decision not to record, and 2% are never decided;
     * plus everything reported in the last 24 hours, whose clocks still run.
     */
    private static long load(DataSource dataSource, int incidents, Instant now) throws SQLException {
        SplittableRandom random = new SplittableRandom(2019);
        long crimes = 0;
        String[] offences = {"8N", "105A", "8L", "8Q", "8R", "46", "49", "45", "48", "28E", "30C", "58A", "58C",
                "58D", "34B", "92D", "92E", "9A", "10D", "39", "44", "19C", "20A", "8U"};
        CrimeReferenceData referenceData = new CrimeReferenceData();
        long yearSeconds = Duration.ofDays(365).toSeconds();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            PreparedStatement incident = connection.prepareStatement("""
                    INSERT INTO incident (id, reference, version, reported_at, channel, location_lines, location_town,
                        location_postcode, account, crime_related, decision, decided_at, decided_by, no_crime_reason,
                        no_crime_rationale, created_at, created_by, updated_at, updated_by, awaiting_since)
                    VALUES (?, ?, 0, ?, ?, '1 High Street', 'Birmingham', 'B11 4AB', 'Benchmark report', ?, ?, ?, ?, ?, ?,
                        ?, 'bench', ?, 'bench', ?)""");
            PreparedStatement crime = connection.prepareStatement("""
                    INSERT INTO crime (id, reference, version, incident_id, victim_person_id, offence_code, category,
                        committed_from, committed_to, location_lines, status, recorded_at, recorded_on,
                        recording_deadline, recorded_by, updated_at, updated_by)
                    VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, '1 High Street', ?, ?, ?, ?, 'bench', ?, 'bench')""");
            int pending = 0;
            for (long id = 1; id <= incidents; id++) {
                // Spread evenly over the year, oldest first, so that the last few hundred fall in the last 24 hours.
                Instant reported = now.minusSeconds(yearSeconds - (yearSeconds * id / incidents));
                boolean recent = reported.isAfter(now.minus(RecordingStandard.WINDOW));
                boolean crimeRelated = random.nextInt(100) < 45;
                int fate = random.nextInt(100);
                String decision = null;
                Instant decidedAt = null;
                String reason = null;
                int victims = 0;
                if (crimeRelated && !(recent && random.nextInt(100) < 60)) {
                    if (fate < 86) {
                        decision = "CRIME_RECORDED";
                        boolean late = random.nextInt(12) == 0;
                        decidedAt = reported.plusSeconds(late ? 86_400 + random.nextInt(3 * 86_400)
                                : random.nextInt(20 * 3600));
                        victims = random.nextInt(10) == 0 ? 2 : 1;
                    } else if (fate < 98) {
                        decision = "NOT_RECORDED";
                        decidedAt = reported.plusSeconds(random.nextInt(30 * 3600));
                        reason = referenceData.noCrimeReasons().get(random.nextInt(referenceData.noCrimeReasons().size()))
                                .code();
                    }
                    if (decidedAt != null && decidedAt.isAfter(now)) {
                        decidedAt = now;
                    }
                }
                int year = CALENDAR.year(reported);
                incident.setLong(1, id);
                incident.setString(2, ReferenceNumbers.format("INC", year, id));
                incident.setObject(3, at(reported));
                incident.setString(4, ReportChannel.values()[random.nextInt(ReportChannel.values().length)].name());
                incident.setBoolean(5, crimeRelated);
                incident.setString(6, decision);
                incident.setObject(7, at(decidedAt));
                incident.setString(8, decision == null ? null : "bench");
                incident.setString(9, reason);
                incident.setString(10, reason == null ? null : "Benchmark rationale");
                incident.setObject(11, at(reported));
                incident.setObject(12, at(decidedAt == null ? reported : decidedAt));
                incident.setObject(13, crimeRelated && decision == null ? at(reported) : null);
                incident.addBatch();
                for (int victim = 0; victim < victims; victim++) {
                    crimes++;
                    CrimeReferenceData.Offence offence = referenceData.offence(offences[random.nextInt(offences.length)])
                            .orElseThrow();
                    crime.setLong(1, crimes);
                    crime.setString(2, ReferenceNumbers.format("CRM", CALENDAR.year(decidedAt), crimes));
                    crime.setLong(3, id);
                    crime.setLong(4, 1 + random.nextInt(1_000_000));
                    crime.setString(5, offence.code());
                    crime.setString(6, offence.category().name());
                    crime.setObject(7, at(reported.minusSeconds(3600)));
                    crime.setObject(8, at(reported.minusSeconds(600)));
                    crime.setString(9, random.nextInt(100) < 2 ? "CANCELLED"
                            : random.nextInt(100) < 60 ? "FINALISED" : "UNDER_INVESTIGATION");
                    crime.setObject(10, at(decidedAt));
                    crime.setObject(11, CALENDAR.day(decidedAt));
                    crime.setObject(12, at(RecordingStandard.deadline(reported)));
                    crime.setObject(13, at(decidedAt));
                    crime.addBatch();
                }
                if (++pending == BATCH || id == incidents) {
                    incident.executeBatch();
                    crime.executeBatch();
                    connection.commit();
                    pending = 0;
                }
            }
            try (Statement statement = connection.createStatement()) {
                // Later inserts through the application must not collide with the loaded ids.
                statement.execute("ALTER TABLE incident ALTER COLUMN id RESTART WITH " + (incidents + 1));
                statement.execute("ALTER TABLE crime ALTER COLUMN id RESTART WITH " + (crimes + 1));
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        return crimes;
    }

    private static void printPlan(DataSource dataSource, boolean postgres) throws SQLException {
        List<String> queries = List.of(
                "SELECT id FROM incident WHERE awaiting_since < CURRENT_TIMESTAMP ORDER BY awaiting_since LIMIT 100",
                "SELECT COUNT(*) FROM incident WHERE awaiting_since < CURRENT_TIMESTAMP",
                "SELECT recorded_on, category, COUNT(*) FROM crime WHERE recorded_on BETWEEN CURRENT_DATE - 27 AND "
                        + "CURRENT_DATE AND status <> 'CANCELLED' GROUP BY recorded_on, category");
        BenchmarkDatabase.printPlans(dataSource, postgres, queries);
    }
}
