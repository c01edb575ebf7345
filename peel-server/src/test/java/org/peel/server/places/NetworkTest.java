package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The network around a record: what is linked within one or two steps, filtered by link type and date, capped at
 * 200 records with the number found.
 */
@PeelIntegrationTest
class NetworkTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    PlacesApi api;
    long mother;
    long son;
    long friend;
    long car;
    long home;

    @BeforeEach
    void setUp() {
        api = new PlacesApi(port);
        mother = api.person("Maud");
        son = api.person("Sid");
        friend = api.person("Fern");
        car = api.vehicle(PlacesApi.uniqueRegistration()).path("id").asLong();
        home = api.location("14 Acacia Avenue", PlacesApi.uniquePostcode()).path("id").asLong();
        api.created("/api/links", Map.of("fromKind", "PERSON", "fromId", mother, "role", "LIVES_AT", "toKind",
                "LOCATION", "toId", home, "heldFrom", "2020-01-01"));
        api.created("/api/links", Map.of("fromKind", "PERSON", "fromId", son, "role", "LIVES_AT", "toKind",
                "LOCATION", "toId", home, "heldFrom", "2020-01-01", "heldTo", "2024-12-31"));
        api.link("PERSON", mother, "KEEPER", "VEHICLE", car);
        api.link("PERSON", friend, "DRIVER", "VEHICLE", car);
    }

    private JsonNode network(String query) {
        Api.Response response = api.analyst().get("/api/network/person/" + mother + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> keys(JsonNode network) {
        List<String> keys = new ArrayList<>();
        network.path("nodes").forEach(node -> keys.add(node.path("key").asString()));
        return keys;
    }

    @Test
    void oneStepReachesWhatThePersonIsLinkedTo() {
        JsonNode network = network("?steps=1");

        assertThat(keys(network)).containsExactlyInAnyOrder("PERSON:" + mother, "LOCATION:" + home,
                "VEHICLE:" + car);
        assertThat(network.path("edges")).hasSize(2);
        assertThat(network.path("capped").asBoolean()).isFalse();
    }

    @Test
    void eachRecordTheNetworkShowsIsLoggedAsConsultedWithItsOwnRecordType() {
        Api.Response response = api.analyst().get("/api/network/person/" + mother + "?steps=1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT record_type || ':' || record_id FROM audit_entry WHERE action = 'CONSULTATION'"
                        + " AND request_id = :request").param("request", response.header("X-Request-Id"))
                .query(String.class).list())
                .containsExactlyInAnyOrder("person:" + mother, "location:" + home, "vehicle:" + car);
    }

    @Test
    void twoStepsReachThoseSharingTheAddressAndTheCar() {
        JsonNode network = network("");

        assertThat(keys(network)).containsExactlyInAnyOrder("PERSON:" + mother, "LOCATION:" + home,
                "VEHICLE:" + car, "PERSON:" + son, "PERSON:" + friend);
        assertThat(network.path("nodes").get(0).path("key").asString()).isEqualTo("PERSON:" + mother);
        network.path("nodes").forEach(node -> assertThat(node.path("step").asInt())
                .isEqualTo(node.path("key").asString().equals("PERSON:" + son)
                        || node.path("key").asString().equals("PERSON:" + friend) ? 2
                        : node.path("key").asString().equals("PERSON:" + mother) ? 0 : 1));
        assertThat(network.path("edges")).hasSize(4);
    }

    @Test
    void aLinkTypeFilterFollowsOnlyThoseLinks() {
        JsonNode network = network("?role=LIVES_AT");

        assertThat(keys(network)).containsExactlyInAnyOrder("PERSON:" + mother, "LOCATION:" + home,
                "PERSON:" + son);
    }

    @Test
    void aDateFilterFollowsOnlyLinksHoldingThatDay() {
        JsonNode network = network("?role=LIVES_AT&on=2025-06-01");

        assertThat(keys(network)).containsExactlyInAnyOrder("PERSON:" + mother, "LOCATION:" + home);
    }

    @Test
    void aNetworkOfMoreThan200RecordsIsCappedAndSaysHowManyWereFound() {
        long hub = api.location("1 Busy Street", PlacesApi.uniquePostcode()).path("id").asLong();
        api.link("PERSON", mother, "VISITS", "LOCATION", hub);
        for (int i = 0; i < 205; i++) {
            long phone = api.phone(PlacesApi.uniqueMobile()).path("id").asLong();
            api.link("PHONE", phone, "SEEN_AT", "LOCATION", hub);
        }

        JsonNode fromHub = api.analyst().get("/api/network/location/" + hub + "?steps=1").json();
        JsonNode fromMother = network("");

        assertThat(fromHub.path("capped").asBoolean()).isTrue();
        assertThat(fromHub.path("found").asInt()).isEqualTo(207);
        assertThat(fromHub.path("nodes")).hasSize(200);
        assertThat(fromMother.path("capped").asBoolean()).isTrue();
        assertThat(fromMother.path("nodes")).hasSize(200);
        assertThat(keys(fromMother)).contains("LOCATION:" + home, "VEHICLE:" + car, "LOCATION:" + hub);
    }

    @Test
    void aRecordThatDoesNotExistHasNoNetwork() {
        assertThat(api.analyst().get("/api/network/vehicle/999999999").status()).isEqualTo(404);
        assertThat(api.analyst().get("/api/network/spaceship/1").status()).isEqualTo(400);
    }
}
