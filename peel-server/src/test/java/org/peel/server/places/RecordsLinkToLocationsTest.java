package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.missing.MissingApi;
import org.peel.server.testing.Api;
import org.peel.server.testing.PageSession;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * New and changed incidents, crimes, people's addresses and missing-person episodes resolve their address to a
 * location at write time: the location on record when the address is the same one written another way, a new one
 * otherwise. The record shows the location and its warnings (page and API) and the location page lists the record.
 */
@PeelIntegrationTest
class RecordsLinkToLocationsTest {

    @LocalServerPort
    int port;

    PlacesApi api;
    PageSession pages;
    String postcode;
    long acacia;

    @BeforeEach
    void setUp() {
        api = new PlacesApi(port);
        pages = PageSession.as(port, TestUsers.OFFICER);
        postcode = PlacesApi.uniquePostcode();
        acacia = api.location("14 Acacia Avenue", postcode).path("id").asLong();
        api.warning(acacia, "FIREARMS", "Shotgun believed kept under the stairs.");
    }

    private Map<String, Object> incident(Map<String, Object> location) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedAt", Instant.now().minusSeconds(600).toString());
        body.put("channel", "EMERGENCY_999");
        body.put("victimIds", List.of(api.person("Vic")));
        body.put("location", location);
        body.put("account", "Caller heard what sounded like a gunshot next door.");
        body.put("crimeRelated", true);
        return body;
    }

    private JsonNode incidentAt(String lines, String typedPostcode) {
        return api.created("/api/incidents", incident(Map.of("lines", lines, "postcode", typedPostcode)));
    }

    /** "m14 5xx" for "M14 5XX": the postcode as an officer might type it. */
    private String typed() {
        return postcode.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    }

    @Test
    void aNewIncidentAtTheAddressWrittenAnotherWayLinksToTheLocationAndShowsItsWarning() {
        JsonNode incident = incidentAt("14 acacia av", typed());
        long id = incident.path("id").asLong();

        for (JsonNode answer : List.of(incident, api.officer().get("/api/incidents/" + id).json())) {
            JsonNode linked = answer.path("linkedLocation");
            assertThat(linked.path("id").asLong()).isEqualTo(acacia);
            assertThat(linked.path("reference").asString()).isEqualTo(Location.referenceOf(acacia));
            assertThat(linked.path("href").asString()).isEqualTo("/locations/" + acacia);
            assertThat(linked.path("warnings")).hasSize(1);
            assertThat(linked.path("warnings").get(0).path("type").asString())
                    .isEqualTo("Firearms believed at the address");
            assertThat(answer.path("locationWarnings")).hasSize(1);
            assertThat(answer.path("location").path("lines").asString()).isEqualTo("14 acacia av");
        }
        String page = pages.get("/incidents/" + id);
        assertThat(page).contains("Firearms believed at the address")
                .contains("href=\"/locations/" + acacia + "\"")
                .contains(Location.referenceOf(acacia) + " 14 Acacia Avenue");

        String locationPage = pages.get("/locations/" + acacia);
        assertThat(locationPage).contains("href=\"/incidents/" + id + "\"")
                .contains(incident.path("reference").asString());
    }

    @Test
    void aNewAddressBecomesANewLocationThatTheNextRecordThereShares() {
        JsonNode first = incidentAt("3 Station Road", postcode);
        long created = first.path("linkedLocation").path("id").asLong();
        assertThat(created).isNotEqualTo(acacia).isPositive();
        JsonNode location = api.officer().get("/api/locations/" + created).json();
        assertThat(location.path("lines").asString()).isEqualTo("3 Station Road");
        assertThat(location.path("postcode").asString()).isEqualTo(postcode);
        assertThat(first.path("linkedLocation").path("warnings")).isEmpty();

        JsonNode second = incidentAt("3 station rd.", typed());
        assertThat(second.path("linkedLocation").path("id").asLong()).isEqualTo(created);
        assertThat(api.officer().get("/api/locations?q=" + postcode.replace(" ", "")).json()).hasSize(2);
    }

    @Test
    void aPlaceDescribedInWordsIsNotALocation() {
        JsonNode incident = api.created("/api/incidents",
                incident(Map.of("description", "The footpath behind the leisure centre")));

        assertThat(incident.path("linkedLocation").isNull()).isTrue();
        assertThat(incident.path("locationWarnings")).isEmpty();
    }

    @Test
    void changingAnIncidentsAddressMovesItsLinkAndEndsTheOldOne() {
        JsonNode incident = incidentAt("16 Acacia Avenue", postcode);
        long id = incident.path("id").asLong();
        long before = incident.path("linkedLocation").path("id").asLong();
        Map<String, Object> changed = incident(Map.of("lines", "14 Acacia Avenue", "postcode", postcode));
        changed.put("version", incident.path("version").asLong());
        changed.put("reportedAt", incident.path("reportedAt").asString());

        Api.Response put = api.officer().put("/api/incidents/" + id, changed);

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().path("linkedLocation").path("id").asLong()).isEqualTo(acacia);
        assertThat(put.json().path("locationWarnings")).hasSize(1);
        JsonNode edges = api.officer().get("/api/network/incident/" + id).json().path("edges");
        Map<String, String> heldTo = new LinkedHashMap<>();
        edges.forEach(edge -> heldTo.put(edge.path("toKey").asString(), edge.path("heldTo").asString(null)));
        assertThat(heldTo).containsEntry("LOCATION:" + acacia, null);
        assertThat(heldTo.get("LOCATION:" + before)).isNotNull();
    }

    @Test
    void aCrimeRecordedFromTheIncidentLinksToTheSameLocation() {
        JsonNode incident = incidentAt("14 Acacia Av.", postcode);
        Map<String, Object> crimes = new LinkedHashMap<>();
        crimes.put("version", incident.path("version").asLong());
        crimes.put("offenceCode", "8N");
        crimes.put("committedFrom", Instant.now().minusSeconds(1200).toString());
        Api.Response recorded = api.officer().post("/api/incidents/" + incident.path("id").asLong() + "/crimes",
                crimes);

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonNode crime = recorded.json().get(0);
        assertThat(crime.path("linkedLocation").path("id").asLong()).isEqualTo(acacia);
        long crimeId = crime.path("id").asLong();
        assertThat(pages.get("/crimes/" + crimeId)).contains("href=\"/locations/" + acacia + "\"");
        assertThat(pages.get("/locations/" + acacia)).contains("href=\"/crimes/" + crimeId + "\"");
    }

    @Test
    void aPersonsNewAddressLinksToTheLocationAndTheLocationListsThem() {
        long person = api.create(api.newPerson("Dana").with("addresses",
                List.of(PlacesApi.address("14 acacia avenue", "Manchester", typed()))));

        JsonNode stored = api.officer().get("/api/people/" + person).json();
        assertThat(stored.path("addresses").get(0).path("locationId").asLong()).isEqualTo(acacia);
        assertThat(pages.get("/people/" + person)).contains("href=\"/locations/" + acacia + "\"");
        assertThat(pages.get("/locations/" + acacia)).contains("href=\"/people/" + person + "\"");

        Map<String, Object> moved = PersonJson.person("Dana", stored.path("names").get(0).path("surname").asString())
                .with("version", stored.path("version").asLong())
                .with("addresses", List.of(PlacesApi.address("22 Birch Lane", "Manchester", postcode))).build();
        Api.Response put = api.officer().put("/api/people/" + person, moved);

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        JsonNode addresses = put.json().path("addresses");
        assertThat(addresses).hasSize(2);
        long birch = addresses.get(0).path("locationId").asLong();
        assertThat(birch).isPositive().isNotEqualTo(acacia);
        assertThat(api.officer().get("/api/locations/" + birch).json().path("lines").asString())
                .isEqualTo("22 Birch Lane");
        assertThat(addresses.get(1).path("locationId").asLong()).isEqualTo(acacia);
    }

    @Test
    void aMissingPersonLastSeenAtTheAddressLinksToItAndShowsTheWarning() {
        Map<String, Object> report = MissingApi.report(api.person("Mia"), Instant.now().minusSeconds(3600),
                "MEDIUM");
        report.put("lastSeenPlace", "14 Acacia Ave");
        report.put("lastSeenPostcode", typed());
        JsonNode episode = api.created("/api/missing/episodes", report);

        JsonNode lastSeen = episode.path("lastSeen");
        assertThat(lastSeen.path("location").path("id").asLong()).isEqualTo(acacia);
        assertThat(lastSeen.path("location").path("warnings").get(0).path("type").asString())
                .isEqualTo("Firearms believed at the address");
        long id = episode.path("id").asLong();
        assertThat(pages.get("/missing/episodes/" + id)).contains("href=\"/locations/" + acacia + "\"")
                .contains("Firearms believed at the address");
        assertThat(pages.get("/locations/" + acacia)).contains("href=\"/missing/episodes/" + id + "\"");
    }
}
