package org.peel.server.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peel.server.testing.Api;
import org.peel.server.testing.Records;

import tools.jackson.databind.JsonNode;

/** Builds incidents and crimes over the API for the crime tests: valid by default, changed where a test cares. */
final class CrimeApi extends Records {

    CrimeApi(int port) {
        super(port, "Crimetest");
    }

    static Map<String, Object> incident(Instant reportedAt, List<Long> victims) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedAt", reportedAt.toString());
        body.put("channel", "NON_EMERGENCY_101");
        body.put("victimIds", victims);
        body.put("location", new LinkedHashMap<>(Map.of("lines", "12 High Street", "town", "Birmingham",
                "postcode", "b11 4ab")));
        body.put("account", "Caller says a man punched her outside the shop and ran off.");
        body.put("crimeRelated", true);
        return body;
    }

    JsonNode registerIncident(Map<String, Object> body) {
        Api.Response created = officer().post("/api/incidents", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static Map<String, Object> crimes(long incidentVersion, String offenceCode, Instant committed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", incidentVersion);
        body.put("offenceCode", offenceCode);
        body.put("committedFrom", committed.toString());
        body.put("committedTo", committed.plusSeconds(600).toString());
        body.put("modusOperandi", "Approached from behind and punched the victim once.");
        return body;
    }

    JsonNode recordCrimes(long incidentId, Map<String, Object> body) {
        Api.Response recorded = officer().post("/api/incidents/" + incidentId + "/crimes", body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json();
    }

    /** A crime-related incident with one victim, and the crime recorded from it: the crime's JSON. */
    JsonNode crime(String offenceCode) {
        Instant reported = Instant.now().minusSeconds(3600);
        JsonNode incident = registerIncident(incident(reported, List.of(person("Vera"))));
        return recordCrimes(incident.path("id").asLong(),
                crimes(incident.path("version").asLong(), offenceCode, reported.minusSeconds(1800))).get(0);
    }
}
