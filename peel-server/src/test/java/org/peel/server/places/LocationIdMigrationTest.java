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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration 141 stores the location on rows recorded before records kept one: a row without a location id whose
 * address is on record (written perhaps another way) gets that location's id; a row whose address is not on record
 * or has no postcode keeps none.
 */
@PeelIntegrationTest
class LocationIdMigrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    LocationIdMigration migration;

    private Long stored(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).optional().orElse(null);
    }

    @Test
    void rowsRecordedBeforeGetTheLocationOfTheirAddressAndOthersKeepNone() throws Exception {
        PlacesApi api = new PlacesApi(port);
        String postcode = PlacesApi.uniquePostcode();
        long location = api.location("14 Acacia Avenue", postcode).path("id").asLong();
        long person = api.create(api.newPerson("Ada").with("addresses", List.of(Map.of("lines", "14 acacia av.",
                "postcode", postcode), Map.of("lines", "Somewhere without a postcode"))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedAt", Instant.now().minusSeconds(900).toString());
        body.put("channel", "NON_EMERGENCY_101");
        body.put("victimIds", List.of(person));
        body.put("location", Map.of("lines", "14 Acacia Av", "postcode", postcode.toLowerCase()));
        body.put("account", "Shed broken into overnight.");
        body.put("crimeRelated", false);
        long incident = api.created("/api/incidents", body).path("id").asLong();
        // As the rows were before migration 140: text only.
        jdbc.sql("UPDATE incident SET location_id = NULL WHERE id = ?").param(incident).update();
        jdbc.sql("UPDATE person_address SET location_id = NULL WHERE person_id = ?").param(person).update();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<String, Integer> filled = migration.fill(connection);
            connection.commit();
            assertThat(filled.get("incident")).isPositive();
            assertThat(filled.get("person_address")).isPositive();
        }

        assertThat(stored("SELECT location_id FROM incident WHERE id = ?", incident)).isEqualTo(location);
        assertThat(stored("SELECT location_id FROM person_address WHERE person_id = ? AND position = 0", person))
                .isEqualTo(location);
        assertThat(stored("SELECT location_id FROM person_address WHERE person_id = ? AND position = 1", person))
                .isNull();
        assertThat(api.officer().get("/api/incidents/" + incident).json().path("linkedLocation").path("id").asLong())
                .isEqualTo(location);
    }

    @Test
    void flywayRanItAsVersion141() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '141' AND success = TRUE")
                .query(Long.class).single()).isEqualTo(1);
    }
}
