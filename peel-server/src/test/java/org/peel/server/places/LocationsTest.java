package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Locations: recorded with their postcode written the standard way, found by postcode, partial address and reference. */
@PeelIntegrationTest
class LocationsTest {

    @LocalServerPort
    int port;

    PlacesApi api;

    @BeforeEach
    void setUp() {
        api = new PlacesApi(port);
    }

    private List<String> found(String query) {
        Api.Response response = api.officer().get("/api/locations?q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        response.json().forEach(location -> references.add(location.path("reference").asString()));
        return references;
    }

    @Test
    void anAddressIsRecordedWithItsPostcodeWrittenTheStandardWayAndAReference() {
        String postcode = PlacesApi.uniquePostcode();
        String uprn = String.valueOf(100_000_000_000L + java.util.concurrent.ThreadLocalRandom.current()
                .nextLong(900_000_000_000L));
        JsonNode location = api.created("/api/locations", Map.of("lines", "14 Acacia Avenue", "town", "Manchester",
                "postcode", postcode.toLowerCase().replace(" ", ""), "uprn", uprn));

        assertThat(location.path("postcode").asString()).isEqualTo(postcode);
        assertThat(location.path("kind").asString()).isEqualTo("ADDRESS");
        assertThat(location.path("uprn").asString()).isEqualTo(uprn);
        assertThat(location.path("reference").asString()).matches("LOC-\\d{6,}");
    }

    @Test
    void aPartialAddressFindsTheAddress() {
        String postcode = PlacesApi.uniquePostcode();
        String reference = api.location("14 Acacia Avenue", postcode).path("reference").asString();
        String neighbour = api.location("16 Acacia Avenue", postcode).path("reference").asString();

        assertThat(found("14 acacia av " + postcode)).containsExactly(reference);
        assertThat(found("14 ACACIA AVE " + postcode.replace(" ", ""))).containsExactly(reference);
        assertThat(found("acacia " + postcode)).containsExactlyInAnyOrder(reference, neighbour);
    }

    @Test
    void aPartialAddressWithoutPostcodeFindsTheAddressAmongOthers() {
        String street = "Quillfeather" + PlacesApi.uniqueRegistration().toLowerCase() + " Road";
        // House numbers of three digits, so that neither can be the start of the postcode's inward code ("4AB").
        String reference = api.location("317 " + street, PlacesApi.uniquePostcode()).path("reference").asString();

        assertThat(found("317 " + street.substring(0, 16) + " rd")).containsExactly(reference);
        assertThat(found("318 " + street.substring(0, 16))).isEmpty();
    }

    @Test
    void aPostcodeFindsEveryAddressThereHoweverItIsTyped() {
        String postcode = PlacesApi.uniquePostcode();
        String first = api.location("1 Mill Lane", postcode).path("reference").asString();
        String second = api.location("2 Mill Lane", postcode).path("reference").asString();

        assertThat(found(postcode.toLowerCase().replace(" ", ""))).containsExactly(first, second);
    }

    @Test
    void aReferenceFindsItsLocation() {
        JsonNode location = api.location("9 Canal Street", PlacesApi.uniquePostcode());
        String reference = location.path("reference").asString();

        assertThat(found(reference.toLowerCase())).containsExactly(reference);
        assertThat(api.officer().get("/api/locations/" + location.path("id").asLong()).json().path("lines")
                .asString()).isEqualTo("9 Canal Street");
    }

    @Test
    void aPlaceWithoutAnAddressIsRecordedWithItsGridReferenceOrPosition() {
        JsonNode park = api.created("/api/locations", Map.of("name", "Cannon Hill Park", "gridReference",
                "sp0678984567"));
        JsonNode road = api.created("/api/locations", Map.of("name", "A38 northbound at junction 4", "latitude",
                52.4412, "longitude", -1.8975));

        assertThat(park.path("kind").asString()).isEqualTo("PLACE");
        assertThat(park.path("gridReference").asString()).isEqualTo("SP 06789 84567");
        assertThat(road.path("latitude").asDouble()).isEqualTo(52.4412);
    }

    @Test
    void aWarningIsAddedEndedAndCannotBeEndedTwice() {
        long id = api.location("22 Orchard Close", PlacesApi.uniquePostcode()).path("id").asLong();

        JsonNode warned = api.warning(id, "firearms", "Intelligence: shotgun kept in the loft.");
        JsonNode warning = warned.path("warnings").get(0);
        assertThat(warning.path("typeCode").asString()).isEqualTo("FIREARMS");
        assertThat(warning.path("current").asBoolean()).isTrue();
        long warningId = warning.path("id").asLong();

        Api.Response ended = api.officer().post("/api/locations/" + id + "/warnings/" + warningId + "/end",
                Map.of("reason", "Firearm seized."));
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().path("warnings").get(0).path("endedBy").asString()).isNotBlank();

        Api.Response again = api.officer().post("/api/locations/" + id + "/warnings/" + warningId + "/end",
                Map.of("reason", "Again."));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void anAnalystMayFindLocationsButNotRecordThem() {
        assertThat(api.analyst().post("/api/locations", PlacesApi.address("1 High Street", null,
                PlacesApi.uniquePostcode())).status()).isEqualTo(403);
        assertThat(api.analyst().get("/api/locations?q=LOC-1").status()).isEqualTo(200);
    }
}
