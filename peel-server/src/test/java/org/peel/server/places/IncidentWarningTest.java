package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Recording an incident or a crime at an address with a warning shows the warning in the API response. */
@PeelIntegrationTest
class IncidentWarningTest {

    @LocalServerPort
    int port;

    PlacesApi api;
    String postcode;
    long location;

    @BeforeEach
    void setUp() {
        api = new PlacesApi(port);
        postcode = PlacesApi.uniquePostcode();
        location = api.location("14 Acacia Avenue", postcode).path("id").asLong();
        api.warning(location, "FIREARMS", "Shotgun believed kept under the stairs.");
    }

    private JsonNode incidentAt(String lines, String typedPostcode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedAt", Instant.now().minusSeconds(600).toString());
        body.put("channel", "EMERGENCY_999");
        body.put("victimIds", List.of(api.person("Vic")));
        body.put("location", Map.of("lines", lines, "town", "Manchester", "postcode", typedPostcode));
        body.put("account", "Caller heard what sounded like a gunshot next door.");
        body.put("crimeRelated", true);
        return api.created("/api/incidents", body);
    }

    @Test
    void anIncidentRecordedAtAFlaggedAddressShowsTheWarning() {
        JsonNode incident = incidentAt("14 acacia av", postcode.toLowerCase());

        JsonNode warnings = incident.path("locationWarnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).path("type").asString()).isEqualTo("Firearms believed at the address");
        assertThat(warnings.get(0).path("note").asString()).contains("Shotgun");
        assertThat(warnings.get(0).path("href").asString()).isEqualTo("/locations/" + location);
        assertThat(api.officer().get("/api/incidents/" + incident.path("id").asLong()).json()
                .path("locationWarnings")).hasSize(1);
    }

    @Test
    void aCrimeRecordedFromThatIncidentShowsItToo() {
        JsonNode incident = incidentAt("14 Acacia Avenue", postcode);
        Map<String, Object> crimes = new LinkedHashMap<>();
        crimes.put("version", incident.path("version").asLong());
        crimes.put("offenceCode", "8N");
        crimes.put("committedFrom", Instant.now().minusSeconds(1200).toString());
        Api.Response recorded = api.officer().post("/api/incidents/" + incident.path("id").asLong() + "/crimes",
                crimes);

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().get(0).path("locationWarnings").get(0).path("type").asString())
                .isEqualTo("Firearms believed at the address");
    }

    @Test
    void theHouseNextDoorHasNoWarning() {
        assertThat(incidentAt("16 Acacia Avenue", postcode).path("locationWarnings")).isEmpty();
    }

    @Test
    void anEndedWarningIsNoLongerShown() {
        long warning = api.officer().get("/api/locations/" + location).json().path("warnings").get(0).path("id")
                .asLong();
        api.officer().post("/api/locations/" + location + "/warnings/" + warning + "/end",
                Map.of("reason", "Firearm seized."));

        assertThat(incidentAt("14 Acacia Avenue", postcode).path("locationWarnings")).isEmpty();
    }
}
