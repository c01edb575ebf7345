package org.peel.server.places;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.peel.server.platform.Text;
import org.peel.server.platform.UkPostcode;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 141: stores on the rows recorded before migration 140 (incidents, crimes, people's addresses,
 * missing-person episodes) the id of the location their address text resolves to, as new rows get it at write
 * time. It compares addresses as migration 72 did (same postcode, same first line written perhaps another way),
 * against the locations on record, and records nothing new: rows migration 72 could not link (no first line, no
 * postcode) keep a null location. Rows that already have a location are left alone, so it may run again.
 */
@Component
class LocationIdMigration implements JavaMigration {

    /** One table holding address text: how its rows are read and how one row's location is stored. */
    private record Source(String table, String query, String update) {
    }

    private static final Source[] SOURCES = {
            new Source("incident", "SELECT id, 0, location_lines, location_postcode FROM incident "
                    + "WHERE location_id IS NULL", "UPDATE incident SET location_id = ? WHERE id = ?"),
            new Source("crime", "SELECT id, 0, location_lines, location_postcode FROM crime WHERE location_id IS NULL",
                    "UPDATE crime SET location_id = ? WHERE id = ?"),
            new Source("person_address", "SELECT person_id, position, lines, postcode FROM person_address "
                    + "WHERE location_id IS NULL",
                    "UPDATE person_address SET location_id = ? WHERE person_id = ? AND position = ?"),
            new Source("missing_episode", "SELECT id, 0, last_seen_place, last_seen_postcode FROM missing_episode "
                    + "WHERE last_seen_location_id IS NULL",
                    "UPDATE missing_episode SET last_seen_location_id = ? WHERE id = ?")};

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("141");
    }

    @Override
    public String getDescription() {
        return "store the location of addresses recorded before 140";
    }

    @Override
    public Integer getChecksum() {
        return 141_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** Stores the location of every row without one whose address is on record; answers how many, by table. */
    Map<String, Integer> fill(Connection connection) throws SQLException {
        Map<String, Long> locations = AddressLinkingMigration.knownAddresses(connection);
        Map<String, Integer> filled = new LinkedHashMap<>();
        for (Source source : SOURCES) {
            filled.put(source.table(), 0);
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(source.query());
                 PreparedStatement update = connection.prepareStatement(source.update())) {
                while (rows.next()) {
                    String lines = Text.tidy(rows.getString(3));
                    Optional<String> postcode = UkPostcode.normalise(rows.getString(4));
                    Long location = lines == null || postcode.isEmpty() ? null
                            : locations.get(AddressText.sameLineKey(lines) + "|" + postcode.get());
                    if (location != null) {
                        update.setLong(1, location);
                        update.setLong(2, rows.getLong(1));
                        if (source.table().equals("person_address")) {
                            update.setInt(3, rows.getInt(2));
                        }
                        update.executeUpdate();
                        filled.merge(source.table(), 1, Integer::sum);
                    }
                }
            }
        }
        return filled;
    }
}
