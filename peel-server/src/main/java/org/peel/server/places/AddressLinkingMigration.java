package org.peel.server.places;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.peel.server.platform.Text;
import org.peel.server.platform.UkPostcode;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 72: links the addresses other modules hold as text (incidents, crimes, people's addresses, the
 * places missing people were last seen) to locations. Rows with the same first line (compared loosely: "14 Acacia
 * Av." is "14 acacia avenue") and postcode share one location; each row is linked to it (an incident or crime
 * HAPPENED AT it, a person LIVES AT it, a missing-person episode was SEEN AT it). A row that cannot be linked (no
 * first line, no postcode, a postcode that is not one) is listed in {@code location_migration} with the reason, as
 * is every linked row with its location, so the counts reconcile table by table.
 *
 * <p>A Java migration (Spring Boot hands Flyway every {@link JavaMigration} bean) because it compares addresses the
 * way {@link AddressText} does. It runs once, inside Flyway's transaction, before the server serves; it reads
 * other modules' tables only here, as migrations may. Rows already in the ledger are skipped, so {@link #link} may
 * run again to catch up (the test does).
 */
@Component
class AddressLinkingMigration implements JavaMigration {

    /** One source of address text: its table, the query for its rows, and how its rows are linked. */
    private record Source(String table, String query, RecordKind kind, String role) {
    }

    private static final Source[] SOURCES = {
            new Source("incident", "SELECT id, id, location_lines, location_town, location_postcode FROM incident",
                    RecordKind.INCIDENT, "OCCURRED_AT"),
            new Source("crime", "SELECT id, id, location_lines, location_town, location_postcode FROM crime",
                    RecordKind.CRIME, "OCCURRED_AT"),
            new Source("person_address", "SELECT person_id, position, lines, town, postcode FROM person_address",
                    RecordKind.PERSON, "LIVES_AT"),
            new Source("missing_episode", "SELECT id, id, last_seen_place, NULL, last_seen_postcode "
                    + "FROM missing_episode", RecordKind.MISSING_EPISODE, "SEEN_AT")};

    /** What one run did: rows read, linked and listed with a reason, by source table. */
    record Outcome(Map<String, Integer> read, Map<String, Integer> linked, Map<String, Integer> listed) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("72");
    }

    @Override
    public String getDescription() {
        return "link existing addresses to locations";
    }

    @Override
    public Integer getChecksum() {
        return 72_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        link(context.getConnection());
    }

    /** Links every source row not yet in the ledger; answers what it did. */
    Outcome link(Connection connection) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Long> locations = knownAddresses(connection);
        Set<String> done = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT source_table, source_key FROM location_migration")) {
            while (rows.next()) {
                done.add(rows.getString(1) + "/" + rows.getString(2));
            }
        }
        Outcome outcome = new Outcome(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (Source source : SOURCES) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(source.query())) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    String key = source.kind() == RecordKind.PERSON ? id + ":" + rows.getInt(2) : String.valueOf(id);
                    if (done.contains(source.table() + "/" + key)) {
                        continue;
                    }
                    outcome.read().merge(source.table(), 1, Integer::sum);
                    String lines = Text.tidy(rows.getString(3));
                    String town = Text.tidy(rows.getString(4));
                    String typedPostcode = Text.tidy(rows.getString(5));
                    Optional<String> postcode = UkPostcode.normalise(typedPostcode);
                    String reason = lines == null ? "no first line of an address"
                            : typedPostcode == null ? "no postcode"
                            : postcode.isEmpty() ? "'" + typedPostcode + "' is not a UK postcode" : null;
                    Long locationId = null;
                    if (reason == null) {
                        String address = AddressText.sameLineKey(lines) + "|" + postcode.get();
                        locationId = locations.get(address);
                        if (locationId == null) {
                            locationId = insertLocation(connection, lines, town, postcode.get(), now);
                            locations.put(address, locationId);
                        }
                        insertLink(connection, source, id, locationId, now);
                        outcome.linked().merge(source.table(), 1, Integer::sum);
                    } else {
                        outcome.listed().merge(source.table(), 1, Integer::sum);
                    }
                    insertLedger(connection, source.table(), key, locationId, reason, now);
                }
            }
        }
        return outcome;
    }

    static Map<String, Long> knownAddresses(Connection connection) throws SQLException {
        Map<String, Long> known = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, lines, postcode FROM location "
                     + "WHERE lines IS NOT NULL AND postcode IS NOT NULL ORDER BY id")) {
            while (rows.next()) {
                known.putIfAbsent(AddressText.sameLineKey(rows.getString(2)) + "|" + rows.getString(3),
                        rows.getLong(1));
            }
        }
        return known;
    }

    private static long insertLocation(Connection connection, String lines, String town, String postcode,
                                       OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO location (version, kind, lines, town, postcode, search_text, created_at, created_by,
                    updated_at, updated_by)
                VALUES (0, 'ADDRESS', ?, ?, ?, ?, ?, 'migration', ?, 'migration')""", new String[] {"id"})) {
            insert.setString(1, lines.length() > 300 ? lines.substring(0, 300) : lines);
            insert.setString(2, town == null || town.length() <= 100 ? town : town.substring(0, 100));
            insert.setString(3, postcode);
            String searchText = AddressText.searchText(lines, town, postcode);
            insert.setString(4, searchText.length() > 800 ? searchText.substring(0, 800) : searchText);
            insert.setObject(5, now);
            insert.setObject(6, now);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static void insertLink(Connection connection, Source source, long id, long locationId,
                                   OffsetDateTime now) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT COUNT(*) FROM pole_link WHERE from_key = ? AND to_key = ? AND role = ?")) {
            exists.setString(1, source.kind().key(id));
            exists.setString(2, RecordKind.LOCATION.key(locationId));
            exists.setString(3, source.role());
            try (ResultSet count = exists.executeQuery()) {
                count.next();
                if (count.getLong(1) > 0) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO pole_link (from_kind, from_id, from_key, to_kind, to_id, to_key, role, note, created_at,
                    created_by)
                VALUES (?, ?, ?, 'LOCATION', ?, ?, ?, ?, ?, 'migration')""")) {
            insert.setString(1, source.kind().name());
            insert.setLong(2, id);
            insert.setString(3, source.kind().key(id));
            insert.setLong(4, locationId);
            insert.setString(5, RecordKind.LOCATION.key(locationId));
            insert.setString(6, source.role());
            insert.setString(7, "Linked from the address recorded on the " + source.table().replace('_', ' '));
            insert.setObject(8, now);
            insert.executeUpdate();
        }
    }

    private static void insertLedger(Connection connection, String table, String key, Long locationId, String reason,
                                     OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO location_migration (source_table, "
                + "source_key, location_id, reason, migrated_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, table);
            insert.setString(2, key);
            if (locationId == null) {
                insert.setNull(3, java.sql.Types.BIGINT);
            } else {
                insert.setLong(3, locationId);
            }
            insert.setString(4, reason);
            insert.setObject(5, now);
            insert.executeUpdate();
        }
    }
}
