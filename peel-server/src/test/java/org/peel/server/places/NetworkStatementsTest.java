package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.missing.MissingApi;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.StatementCounter;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * The network view labels the incidents, crimes and missing-person episodes in it with one batch lookup per kind,
 * so a location where eight of each were recorded reads with as many statements as one where one of each was.
 */
@PeelIntegrationTest
@Import(StatementCounter.class)
class NetworkStatementsTest {

    @LocalServerPort
    int port;

    /** A location with {@code count} incidents, crimes and missing-person episodes recorded at its address. */
    private long placeWith(PlacesApi api, int count) {
        String postcode = PlacesApi.uniquePostcode();
        long location = api.location("7 Canal Street", postcode).path("id").asLong();
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reportedAt", Instant.now().minusSeconds(600).toString());
            body.put("channel", "NON_EMERGENCY_101");
            body.put("victimIds", List.of(api.person("Vic")));
            body.put("location", Map.of("lines", "7 Canal St", "postcode", postcode));
            body.put("account", "Window smashed overnight.");
            body.put("crimeRelated", true);
            JsonNode incident = api.created("/api/incidents", body);
            Map<String, Object> crimes = new LinkedHashMap<>();
            crimes.put("version", incident.path("version").asLong());
            crimes.put("offenceCode", "58A");
            crimes.put("committedFrom", Instant.now().minusSeconds(1200).toString());
            Api.Response recorded = api.officer().post("/api/incidents/" + incident.path("id").asLong()
                    + "/crimes", crimes);
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
            Map<String, Object> report = MissingApi.report(api.person("Mo"), Instant.now().minusSeconds(3600),
                    "LOW");
            report.put("lastSeenPlace", "7 Canal Street");
            report.put("lastSeenPostcode", postcode);
            api.created("/api/missing/episodes", report);
        }
        return location;
    }

    private JsonNode network(PlacesApi api, long location, String requestId) {
        Api.Response answer = api.officer().withHeader("X-Request-Id", requestId)
                .get("/api/network/location/" + location);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void aNetworkOfTwentyFiveRecordsReadsWithAsManyStatementsAsOneOfFour() {
        PlacesApi api = new PlacesApi(port);
        long few = placeWith(api, 1);
        long many = placeWith(api, 8);

        JsonNode small = network(api, few, "network-few-" + few);
        JsonNode large = network(api, many, "network-many-" + many);

        assertThat(small.path("nodes")).hasSize(4);
        assertThat(large.path("nodes")).hasSize(25);
        List<String> labels = new java.util.ArrayList<>();
        large.path("nodes").forEach(node -> labels.add(node.path("label").asString()));
        assertThat(labels).filteredOn(label -> label.endsWith(" Criminal damage to a dwelling")).hasSize(8);
        assertThat(labels).filteredOn(label -> label.startsWith("Missing: Mo ")
                || label.startsWith("Missing: ") && label.contains(", Mo")).hasSize(8);
        int forFew = StatementCounter.statementsOf("network-few-" + few);
        int forMany = StatementCounter.statementsOf("network-many-" + many);
        System.out.printf("Network statements: %d for 4 records, %d for 25 records%n", forFew, forMany);
        assertThat(forFew).isPositive();
        assertThat(forMany).isEqualTo(forFew);
    }
}
