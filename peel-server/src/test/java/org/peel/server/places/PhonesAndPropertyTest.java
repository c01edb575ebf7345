package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Phones are kept in E.164 form with a checked IMEI, and property by description, serial number and category. */
@PeelIntegrationTest
class PhonesAndPropertyTest {

    @LocalServerPort
    int port;

    PlacesApi api;

    @BeforeEach
    void setUp() {
        api = new PlacesApi(port);
    }

    @Test
    void aUkNumberIsStoredInE164FormAndFoundHoweverItIsWritten() {
        String mobile = PlacesApi.uniqueMobile();
        String spaced = mobile.substring(0, 5) + " " + mobile.substring(5);
        String e164 = "+44" + mobile.substring(1);

        JsonNode phone = api.phone(spaced);

        assertThat(phone.path("number").asString()).isEqualTo(e164);
        for (String typed : new String[] {mobile, "+44 " + mobile.substring(1), "0044" + mobile.substring(1),
                "(" + mobile.substring(0, 5) + ") " + mobile.substring(5)}) {
            Api.Response found = api.officer().get("/api/phones?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertThat(found.json()).as(typed).hasSize(1);
            assertThat(found.json().get(0).path("id").asLong()).isEqualTo(phone.path("id").asLong());
        }
    }

    @Test
    void anImeiWithAValidCheckDigitIsKeptAndFindsThePhone() {
        JsonNode phone = api.created("/api/phones", Map.of("imei", "49-015420-323751-8", "description",
                "Black handset"));

        assertThat(phone.path("imei").asString()).isEqualTo("490154203237518");
        assertThat(phone.path("number").isNull()).isTrue();
        Api.Response found = api.officer().get("/api/phones?q=490154203237518");
        java.util.List<Long> ids = new java.util.ArrayList<>();
        found.json().forEach(each -> ids.add(each.path("id").asLong()));
        assertThat(ids).contains(phone.path("id").asLong());
    }

    @Test
    void anItemOfPropertyIsRecordedAndFoundByItsSerialNumber() {
        String serial = "SN-" + PlacesApi.uniqueRegistration();
        JsonNode item = api.created("/api/property", Map.of("description", "Silver laptop with a cracked lid",
                "serialNumber", serial, "category", "electronics"));

        assertThat(item.path("categoryCode").asString()).isEqualTo("ELECTRONICS");
        assertThat(item.path("categoryTitle").asString()).isEqualTo("Electronics");
        Api.Response found = api.officer().get("/api/property?serial="
                + URLEncoder.encode(serial.toLowerCase().replace("-", " "), StandardCharsets.UTF_8));
        assertThat(found.json()).hasSize(1);
        assertThat(found.json().get(0).path("id").asLong()).isEqualTo(item.path("id").asLong());
    }
}
