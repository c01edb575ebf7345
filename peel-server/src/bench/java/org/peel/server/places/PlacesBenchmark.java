package org.peel.server.places;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.peel.server.bench.BenchmarkDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The two speed targets of places and things, on H2 and PostgreSQL: a two-step network query from a well-connected
 * person (the two link queries the network runs, each reading at most 5,000 links) and a vehicle search with two
 * unknown characters. Loads COUNT people, COUNT vehicles, 2 x COUNT locations and 10 x COUNT links with batch
 * inserts. The scale is COUNT = 1,000,000; give a smaller COUNT on a shared machine. Not a test: a program
 * to run by hand (see docs/places-and-things.md), compiled with the tests.
 *
 * <pre>
 * ./mvnw -q -B -pl peel-server test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp peel-server/target/test-classes:peel-server/target/classes:$(cat peel-server/target/classpath.txt) \
 *     org.peel.server.places.PlacesBenchmark [count] [postgres-jdbc-url]
 * </pre>
 */
public final class PlacesBenchmark {

    private static final int BATCH = 5_000;
    private static final String LETTERS = "ABCDEFGHJKLMNOPRSTUVWXYZ";
    private static final String[] ROLES = {"LIVES_AT", "KEEPER", "DRIVER", "USER", "ASSOCIATE", "VISITS"};

    private PlacesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkDatabase.onEachDatabase(args, 1_000_000, "places-bench-", PlacesBenchmark::run);
    }

    private static void run(String name, String url, String user, String password, int count, Instant now,
                            boolean postgres) throws Exception {
        SingleConnectionDataSource dataSource = BenchmarkDatabase.fresh(url, user, password, postgres);
        try {
            long started = System.nanoTime();
            String plate = load(dataSource, count, now);
            BenchmarkDatabase.analyse(dataSource, postgres);
            System.out.printf("%s: loaded %,d vehicles, %,d locations and %,d links in %,d ms%n", name, count,
                    2L * count, 10L * count, (System.nanoTime() - started) / 1_000_000);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            LinkRepository links = new LinkRepository(jdbc);
            ThingRepository things = new ThingRepository(jdbc, new PlacesReferenceData());
            BenchmarkDatabase.Timing<Integer> network = BenchmarkDatabase.time(() -> {
                List<LinkRepository.LinkRow> first = links.touching(List.of(RecordKind.PERSON.key(1)), List.of(), null,
                        5_000);
                List<String> frontier = first.stream().map(row -> row.fromKey().equals("PERSON:1") ? row.toKey()
                        : row.fromKey()).distinct().limit(200).toList();
                return first.size() + links.touching(frontier, List.of(), null, 5_000).size();
            });
            System.out.printf("%s, two-step network from a person with 60 links: median %.1f ms, p95 %.1f ms over %d "
                    + "calls (%,d links read)%n", name, network.medianMillis(), network.p95Millis(), network.calls(),
                    network.last());
            String pattern = Registration.searchPattern(plate.substring(0, 2) + "??" + plate.substring(4)).orElseThrow();
            BenchmarkDatabase.Timing<Integer> vehicles = BenchmarkDatabase.time(
                    () -> things.vehiclesMatching(pattern, null, 50).size());
            System.out.printf("%s, vehicle search with two unknown characters (%s): median %.1f ms, p95 %.1f ms over "
                    + "%d calls (%d found)%n", name, pattern, vehicles.medianMillis(), vehicles.p95Millis(),
                    vehicles.calls(), vehicles.last());
        } finally {
            dataSource.destroy();
        }
    }

    /** Loads the records; answers one registration on record, to search for with two characters unknown. */
    private static String load(DataSource dataSource, int count, Instant now) throws SQLException {
        SplittableRandom random = new SplittableRandom(2019);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        String sample = null;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement vehicle = connection.prepareStatement("INSERT INTO vehicle (id, registration, "
                    + "registration_key, misread_key, created_at, created_by) VALUES (?, ?, ?, ?, ?, 'bench')")) {
                for (int id = 1; id <= count; id++) {
                    String key = "" + letter(random) + letter(random) + (10 + random.nextInt(90)) + letter(random)
                            + letter(random) + letter(random);
                    Registration registration = Registration.of(key).orElseThrow();
                    sample = sample == null ? key : sample;
                    vehicle.setLong(1, id);
                    vehicle.setString(2, registration.written());
                    vehicle.setString(3, registration.key());
                    vehicle.setString(4, registration.misreadKey());
                    vehicle.setObject(5, at);
                    vehicle.addBatch();
                    flush(connection, vehicle, id);
                }
                vehicle.executeBatch();
            }
            try (PreparedStatement location = connection.prepareStatement("INSERT INTO location (id, version, kind, "
                    + "lines, postcode, search_text, created_at, created_by, updated_at, updated_by) VALUES (?, 0, "
                    + "'ADDRESS', ?, 'B11 4AB', ?, ?, 'bench', ?, 'bench')")) {
                for (int id = 1; id <= 2 * count; id++) {
                    String lines = id + " High Street";
                    location.setLong(1, id);
                    location.setString(2, lines);
                    location.setString(3, AddressText.searchText(lines, "B11 4AB"));
                    location.setObject(4, at);
                    location.setObject(5, at);
                    location.addBatch();
                    flush(connection, location, id);
                }
                location.executeBatch();
            }
            try (PreparedStatement link = connection.prepareStatement("INSERT INTO pole_link (from_kind, from_id, "
                    + "from_key, to_kind, to_id, to_key, role, created_at, created_by) VALUES ('PERSON', ?, ?, ?, ?, ?, "
                    + "?, ?, 'bench')")) {
                for (long n = 1; n <= 10L * count; n++) {
                    // Person 1 is well connected: 60 links; the rest are spread evenly.
                    long person = n <= 60 ? 1 : 2 + random.nextInt(Math.max(1, count - 1));
                    boolean toVehicle = random.nextBoolean();
                    long other = 1 + random.nextInt(toVehicle ? count : 2 * count);
                    link.setLong(1, person);
                    link.setString(2, RecordKind.PERSON.key(person));
                    link.setString(3, toVehicle ? "VEHICLE" : "LOCATION");
                    link.setLong(4, other);
                    link.setString(5, (toVehicle ? RecordKind.VEHICLE : RecordKind.LOCATION).key(other));
                    link.setString(6, ROLES[random.nextInt(ROLES.length)]);
                    link.setObject(7, at);
                    link.addBatch();
                    flush(connection, link, n);
                }
                link.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        return sample;
    }

    private static char letter(SplittableRandom random) {
        return LETTERS.charAt(random.nextInt(LETTERS.length()));
    }

    private static void flush(Connection connection, PreparedStatement statement, long n) throws SQLException {
        if (n % BATCH == 0) {
            statement.executeBatch();
            connection.commit();
        }
    }
}
