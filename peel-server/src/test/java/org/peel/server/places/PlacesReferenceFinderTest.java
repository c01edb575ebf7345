package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.SystemIdentity;
import org.peel.server.platform.CurrentUser;
import org.peel.server.search.ReferenceFinder;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The home search box recognises registrations, phone numbers, postcodes and location references through places. */
@PeelIntegrationTest
class PlacesReferenceFinderTest {

    @LocalServerPort
    int port;

    @Autowired
    List<ReferenceFinder> finders;

    PlacesApi api;

    @BeforeEach
    void setUp() {
        api = new PlacesApi(port);
    }

    private List<ReferenceFinder.FoundRecord> find(String typed) {
        return SystemIdentity.call(CurrentUser.SYSTEM, () -> finders.stream()
                .flatMap(finder -> finder.find(typed, 10).stream()).toList());
    }

    @Test
    void aRegistrationGoesToTheVehicleEvenMisread() {
        String plate = PlacesApi.uniqueRegistration();
        long id = api.vehicle(plate).path("id").asLong();

        assertThat(find(plate.toLowerCase())).extracting(ReferenceFinder.FoundRecord::href)
                .containsExactly("/vehicles/" + id);
    }

    @Test
    void aPhoneNumberGoesToThePhone() {
        String mobile = PlacesApi.uniqueMobile();
        long id = api.phone(mobile).path("id").asLong();

        assertThat(find("+44 " + mobile.substring(1))).extracting(ReferenceFinder.FoundRecord::href)
                .containsExactly("/phones/" + id);
    }

    @Test
    void aPostcodeListsTheLocationsThereAndAReferenceGoesToOne() {
        String postcode = PlacesApi.uniquePostcode();
        long first = api.location("1 Mill Lane", postcode).path("id").asLong();
        long second = api.location("2 Mill Lane", postcode).path("id").asLong();
        api.warning(first, "DANGEROUS_DOG", "Large dog loose in the garden.");

        List<ReferenceFinder.FoundRecord> atPostcode = find(postcode.replace(" ", "").toLowerCase());
        assertThat(atPostcode).extracting(ReferenceFinder.FoundRecord::href)
                .containsExactly("/locations/" + first, "/locations/" + second);
        assertThat(atPostcode.get(0).description()).contains("1 warning");
        assertThat(find(org.peel.server.places.Location.referenceOf(second)))
                .extracting(ReferenceFinder.FoundRecord::href).containsExactly("/locations/" + second);
    }

    @Test
    void ordinaryWordsFindNothingHere() {
        assertThat(find("Smith")).isEmpty();
    }
}
