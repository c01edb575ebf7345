package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input is answered 400 with problem details naming each field, and nothing is stored. */
@PeelIntegrationTest
class PlacesBadInputTest {

    private static final List<String> TABLES = List.of("location", "location_warning", "vehicle", "phone",
            "property_item", "pole_link", "audit_entry", "change_log");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    PlacesApi api;
    Map<String, Long> before;

    @BeforeEach
    void setUp() {
        api = new PlacesApi(port);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private Api.Response send(String path, Object body) {
        before = new LinkedHashMap<>();
        TABLES.forEach(table -> before.put(table, count(table)));
        return api.officer().post(path, body);
    }

    private void assertRefused(Api.Response response, String... fields) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.errorFields()).containsExactlyInAnyOrder(fields);
        assertThat(response.body()).doesNotContain("Exception");
        TABLES.forEach(table -> assertThat(count(table)).as(table).isEqualTo(before.get(table)));
    }

    @Test
    void aMalformedPostcodeIsRefusedNamingThePostcode() {
        assertRefused(send("/api/locations", PlacesApi.address("14 Acacia Avenue", "Manchester", "M14 5CX")),
                "postcode");
        assertRefused(send("/api/locations", PlacesApi.address("14 Acacia Avenue", "Manchester", "not a postcode")),
                "postcode");
    }

    @Test
    void aPlaceWithoutAddressOrPositionIsRefused() {
        assertRefused(send("/api/locations", Map.of("name", "The old quarry")), "gridReference");
        assertRefused(send("/api/locations", Map.of("name", "The old quarry", "gridReference", "XX 123 45")),
                "gridReference");
        assertRefused(send("/api/locations", Map.of("name", "Somewhere abroad", "latitude", 48.85, "longitude",
                2.35)), "latitude", "longitude");
    }

    @Test
    void aUprnAlreadyOnRecordIsRefusedNamingTheLocationThatHasIt() {
        String uprn = String.valueOf(System.nanoTime() % 1_000_000_000_000L);
        Map<String, Object> address = PlacesApi.address("5 Station Road", "Leeds", PlacesApi.uniquePostcode());
        address.put("uprn", uprn);
        String reference = api.created("/api/locations", address).path("reference").asString();

        Api.Response again = send("/api/locations", address);

        assertRefused(again, "uprn");
        assertThat(again.body()).contains(reference);
    }

    @Test
    void anUnknownWarningTypeIsRefused() {
        long id = api.location("8 Elm Grove", PlacesApi.uniquePostcode()).path("id").asLong();

        assertRefused(send("/api/locations/" + id + "/warnings", Map.of("type", "GHOSTS", "startsOn", "2026-13-01")),
                "type", "startsOn");
    }

    @Test
    void aMalformedRegistrationIsRefusedNamingTheRegistration() {
        assertRefused(send("/api/vehicles", Map.of("registration", "AB12-CD!")), "registration");
        assertRefused(send("/api/vehicles", Map.of("registration", "ABCDEFGHJ")), "registration");
        assertRefused(send("/api/vehicles", Map.of("registration", "")), "registration");
    }

    @Test
    void aMalformedPhoneNumberOrImeiIsRefusedNamingTheField() {
        assertRefused(send("/api/phones", Map.of("number", "0770 09")), "number");
        assertRefused(send("/api/phones", Map.of("number", "call me maybe")), "number");
        assertRefused(send("/api/phones", Map.of("imei", "490154203237519")), "imei");
        assertRefused(send("/api/phones", Map.of("description", "No number or IMEI")), "number");
    }

    @Test
    void anItemOfPropertyWithoutDescriptionOrWithAnUnknownCategoryIsRefused() {
        assertRefused(send("/api/property", Map.of("serialNumber", "123", "category", "SPACESHIPS")),
                "description", "category");
    }

    @Test
    void aLinkToARecordThatDoesNotExistIsRefused() {
        long vehicle = api.vehicle(PlacesApi.uniqueRegistration()).path("id").asLong();

        assertRefused(send("/api/links", Map.of("fromKind", "PERSON", "fromId", 999_999_999L, "role", "KEEPER",
                "toKind", "VEHICLE", "toId", vehicle)), "fromId");
        assertRefused(send("/api/links", Map.of("fromKind", "VEHICLE", "fromId", vehicle, "role", "USED_IN",
                "toKind", "CRIME", "toId", 999_999_999L)), "toId");
    }

    @Test
    void aLinkWithAnUnknownRoleKindOrBackwardsTimeIsRefused() {
        long vehicle = api.vehicle(PlacesApi.uniqueRegistration()).path("id").asLong();
        long phone = api.phone(PlacesApi.uniqueMobile()).path("id").asLong();

        assertRefused(send("/api/links", Map.of("fromKind", "SPACESHIP", "fromId", 1, "role", "PILOT", "toKind",
                "VEHICLE", "toId", vehicle)), "fromKind", "role");
        assertRefused(send("/api/links", Map.of("fromKind", "PHONE", "fromId", phone, "role", "USED_IN", "toKind",
                "VEHICLE", "toId", vehicle, "heldFrom", "2026-05-01", "heldTo", "2026-04-01")), "heldTo");
    }
}
