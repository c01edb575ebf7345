package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.PersonJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration that links existing address text to locations: addresses written two ways share one location,
 * each row is linked, rows it cannot link are listed with a reason, and for each table the counts reconcile.
 */
@PeelIntegrationTest
class AddressLinkingMigrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AddressLinkingMigration migration;

    private long count(String sql, Object... params) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    private long incident(PlacesApi api, long victim, Map<String, Object> location) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedAt", Instant.now().minusSeconds(900).toString());
        body.put("channel", "NON_EMERGENCY_101");
        body.put("victimIds", List.of(victim));
        body.put("location", location);
        body.put("account", "Shed broken into overnight.");
        body.put("crimeRelated", false);
        return api.created("/api/incidents", body).path("id").asLong();
    }

    private Map<String, Object> ledger(String table, String key) {
        return jdbc.sql("SELECT location_id, reason FROM location_migration WHERE source_table = ? AND source_key = ?")
                .param(table).param(key).query().singleRow();
    }

    @Test
    void everyExistingAddressEndsLinkedOrListedWithAReason() throws Exception {
        PlacesApi api = new PlacesApi(port);
        String postcode = PlacesApi.uniquePostcode();
        long victim = api.create(api.newPerson("Ada").with("addresses", List.of(Map.of("lines", "14 Acacia Avenue",
                "town", "Manchester", "postcode", postcode), Map.of("lines", "Somewhere without a postcode"))));
        long first = incident(api, victim, Map.of("lines", "14 Acacia Avenue", "postcode", postcode));
        long second = incident(api, victim, Map.of("lines", "14 acacia av.", "postcode", postcode.toLowerCase()));
        long described = incident(api, victim, Map.of("description", "The footpath behind the leisure centre"));

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            migration.link(connection);
            connection.commit();
        }

        Object location = ledger("incident", String.valueOf(first)).get("location_id");
        assertThat(location).isNotNull();
        assertThat(ledger("incident", String.valueOf(second)).get("location_id")).isEqualTo(location);
        assertThat(ledger("person_address", victim + ":0").get("location_id")).isEqualTo(location);
        assertThat(ledger("person_address", victim + ":1").get("reason")).isEqualTo("no postcode");
        assertThat(ledger("incident", String.valueOf(described)).get("reason"))
                .isEqualTo("no first line of an address");
        assertThat(count("SELECT COUNT(*) FROM pole_link WHERE to_key = ? AND role = 'OCCURRED_AT'",
                "LOCATION:" + location)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM pole_link WHERE from_key = ? AND to_key = ? AND role = 'LIVES_AT'",
                "PERSON:" + victim, "LOCATION:" + location)).isEqualTo(1);
        for (String[] source : new String[][] {{"incident", "SELECT COUNT(*) FROM incident"},
                {"crime", "SELECT COUNT(*) FROM crime"}, {"person_address", "SELECT COUNT(*) FROM person_address"},
                {"missing_episode", "SELECT COUNT(*) FROM missing_episode"}}) {
            long rows = count(source[1]);
            long linked = count("SELECT COUNT(*) FROM location_migration WHERE source_table = ? "
                    + "AND location_id IS NOT NULL", source[0]);
            long listed = count("SELECT COUNT(*) FROM location_migration WHERE source_table = ? "
                    + "AND location_id IS NULL AND reason IS NOT NULL", source[0]);
            assertThat(linked + listed).as(source[0]).isEqualTo(rows);
        }
    }

    @Test
    void runningItAgainLinksNothingTwice() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            migration.link(connection);
            connection.commit();
            AddressLinkingMigration.Outcome again = migration.link(connection);
            connection.commit();
            assertThat(again.read()).isEmpty();
        }
    }

    @Test
    void flywayRanItAsVersion72() {
        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '72' AND success = TRUE"))
                .isEqualTo(1);
    }
}
