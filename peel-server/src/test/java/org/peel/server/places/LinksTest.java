package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.SystemIdentity;
import org.peel.server.people.PersonLink;
import org.peel.server.people.PersonLinkSource;
import org.peel.server.platform.CurrentUser;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Links carry a role and a time, are ended rather than overwritten, are audited, and reach the person's page. */
@PeelIntegrationTest
class LinksTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<PersonLinkSource> personLinkSources;

    PlacesApi api;

    @BeforeEach
    void setUp() {
        api = new PlacesApi(port);
    }

    @Test
    void aLinkNamesBothRecordsItsRoleAndWhenItHeld() {
        long person = api.person("Keeley");
        long vehicle = api.vehicle(PlacesApi.uniqueRegistration()).path("id").asLong();

        JsonNode link = api.created("/api/links", Map.of("fromKind", "PERSON", "fromId", person, "role", "keeper",
                "toKind", "VEHICLE", "toId", vehicle, "heldFrom", "2025-06-01", "note", "V5C seen at the roadside."));

        assertThat(link.path("from").path("label").asString()).startsWith(
                api.officer().get("/api/people/" + person).json().path("names").get(0).path("surname").asString()
                        .toUpperCase());
        assertThat(link.path("to").path("href").asString()).isEqualTo("/vehicles/" + vehicle);
        assertThat(link.path("role").asString()).isEqualTo("KEEPER");
        assertThat(link.path("roleTitle").asString()).isEqualTo("Registered keeper");
        assertThat(link.path("heldFrom").asString()).isEqualTo("2025-06-01");
        assertThat(link.path("heldTo").isNull()).isTrue();
    }

    @Test
    void aLinkIsEndedOnceAndKeptAsItWas() {
        long vehicle = api.vehicle(PlacesApi.uniqueRegistration()).path("id").asLong();
        long location = api.location("3 Dock Road", PlacesApi.uniquePostcode()).path("id").asLong();
        long id = api.link("VEHICLE", vehicle, "FOUND_AT", "LOCATION", location).path("id").asLong();

        Api.Response ended = api.officer().post("/api/links/" + id + "/end", Map.of("endsOn", "2026-01-31",
                "reason", "Vehicle recovered and returned to the owner."));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().path("heldTo").asString()).isEqualTo("2026-01-31");

        Api.Response again = api.officer().post("/api/links/" + id + "/end", Map.of("endsOn", "2026-02-28"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.header("Content-Type")).contains("application/problem+json");
        assertThat(api.officer().get("/api/links/" + id).json().path("heldTo").asString()).isEqualTo("2026-01-31");
    }

    @Test
    void creatingAndEndingALinkAreAudited() {
        long phone = api.phone(PlacesApi.uniqueMobile()).path("id").asLong();
        long location = api.location("7 Wharf Street", PlacesApi.uniquePostcode()).path("id").asLong();
        long id = api.link("PHONE", phone, "SEEN_AT", "LOCATION", location).path("id").asLong();
        api.officer().post("/api/links/" + id + "/end", Map.of("reason", "Cell-site work done."));

        List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'pole_link' AND "
                + "record_id = :id ORDER BY id").param("id", String.valueOf(id)).query(String.class).list();
        // Linking two records combines them (s.62); ending the link alters it.
        assertThat(actions).containsExactly("COMBINATION", "ALTERATION");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM change_log WHERE record_type = 'pole_link' AND record_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aLinkToAnIncidentCrimeOrInvestigationNeedsThatRecord() {
        long vehicle = api.vehicle(PlacesApi.uniqueRegistration()).path("id").asLong();
        long person = api.person("Ivor");
        Map<String, Object> incident = new java.util.LinkedHashMap<>();
        incident.put("channel", "EMERGENCY_999");
        incident.put("victimIds", List.of(person));
        incident.put("location", Map.of("lines", "1 Bridge Street", "postcode", "M3 3BW"));
        incident.put("account", "Car used to ram the shop front.");
        incident.put("crimeRelated", true);
        long incidentId = api.created("/api/incidents", incident).path("id").asLong();

        JsonNode link = api.link("VEHICLE", vehicle, "USED_IN", "INCIDENT", incidentId);

        assertThat(link.path("to").path("label").asString()).startsWith("INC-");
        assertThat(link.path("to").path("href").asString()).isEqualTo("/incidents/" + incidentId);
    }

    @Test
    void thePersonsPageListsTheirPlacesAndThingsAndTheWayToTheirNetwork() {
        long person = api.person("Lotte");
        String plate = PlacesApi.uniqueRegistration();
        long vehicle = api.vehicle(plate).path("id").asLong();
        long home = api.location("12 Rose Street", PlacesApi.uniquePostcode()).path("id").asLong();
        api.link("PERSON", person, "OWNER", "VEHICLE", vehicle);
        api.link("PERSON", person, "LIVES_AT", "LOCATION", home);

        List<PersonLink> links = SystemIdentity.call(CurrentUser.SYSTEM, () -> personLinkSources.stream()
                .flatMap(source -> source.linksTo(person, 100).stream()).toList());

        assertThat(links).extracting(PersonLink::kind).contains("Network", "Vehicle", "Location");
        assertThat(links).filteredOn(link -> link.kind().equals("Vehicle")).singleElement()
                .satisfies(link -> {
                    assertThat(link.role()).isEqualTo("Owner");
                    assertThat(link.href()).isEqualTo("/vehicles/" + vehicle);
                    assertThat(link.reference()).startsWith(plate.substring(0, 4) + " " + plate.substring(4));
                });
        assertThat(links).filteredOn(link -> link.kind().equals("Network")).singleElement()
                .extracting(PersonLink::href).isEqualTo("/network/person/" + person);
    }
}
