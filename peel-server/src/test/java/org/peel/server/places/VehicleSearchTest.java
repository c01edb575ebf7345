package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Vehicles are found from the registration an officer read, even when characters were misread (O/0, I/1, S/5, B/8)
 * or could not be read at all ({@code ?} for one, {@code *} for several).
 */
@PeelIntegrationTest
class VehicleSearchTest {

    @LocalServerPort
    int port;

    PlacesApi api;

    @BeforeEach
    void setUp() {
        api = new PlacesApi(port);
    }

    private List<String> search(String typed) {
        Api.Response response = api.officer().get("/api/vehicles?registration="
                + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> registrations = new ArrayList<>();
        response.json().forEach(vehicle -> registrations.add(vehicle.path("registration").asString()));
        return registrations;
    }

    /** A random plate with {@code at} (an index of the compact form) replaced by {@code character}. */
    private static String plateWith(int at, char character) {
        StringBuilder plate = new StringBuilder(PlacesApi.uniqueRegistration());
        plate.setCharAt(at, character);
        return plate.toString();
    }

    private static String written(String compact) {
        return compact.substring(0, 4) + " " + compact.substring(4);
    }

    @Test
    void theRegistrationIsWrittenInCapitalsWithOneSpace() {
        String plate = PlacesApi.uniqueRegistration();

        String stored = api.vehicle(" " + plate.toLowerCase().substring(0, 2) + " " + plate.substring(2).toLowerCase())
                .path("registration").asString();

        assertThat(stored).isEqualTo(written(plate));
    }

    @Test
    void theLetterOReadAsZeroStillFindsTheVehicle() {
        String plate = plateWith(1, 'O');
        api.vehicle(plate);

        assertThat(search(written(plate).replace('O', '0'))).containsExactly(written(plate));
    }

    @Test
    void theDigitOneReadAsTheLetterIStillFindsTheVehicle() {
        String plate = plateWith(2, '1');
        api.vehicle(plate);

        assertThat(search(plate.substring(0, 2) + "I" + plate.substring(3))).containsExactly(written(plate));
    }

    @Test
    void theLetterSReadAsFiveStillFindsTheVehicle() {
        String plate = plateWith(5, 'S');
        api.vehicle(plate);

        assertThat(search(plate.substring(0, 5) + "5" + plate.substring(6))).containsExactly(written(plate));
    }

    @Test
    void theDigitEightReadAsTheLetterBStillFindsTheVehicle() {
        String plate = plateWith(3, '8');
        api.vehicle(plate);

        assertThat(search(plate.substring(0, 3) + "B" + plate.substring(4))).containsExactly(written(plate));
    }

    @Test
    void aCharacterThatIsNotAKnownMisreadIsNotExcused() {
        String plate = plateWith(6, 'X');
        api.vehicle(plate);

        assertThat(search(plate.substring(0, 6) + "Y")).isEmpty();
    }

    @Test
    void anUnknownCharacterMatchesAnyOne() {
        String plate = PlacesApi.uniqueRegistration();
        api.vehicle(plate);

        assertThat(search(plate.substring(0, 4) + " ?" + plate.substring(5))).containsExactly(written(plate));
        assertThat(search(plate.substring(0, 2) + "??" + plate.substring(4))).contains(written(plate));
    }

    @Test
    void aStarMatchesTheRestOfAPartialPlate() {
        String plate = PlacesApi.uniqueRegistration();
        api.vehicle(plate);

        assertThat(search(plate.substring(0, 5) + "*")).containsExactly(written(plate));
        assertThat(search("*" + plate.substring(3))).contains(written(plate));
    }

    @Test
    void anExactMatchComesBeforeAMisreadOne() {
        String exact = plateWith(1, 'O');
        String misread = exact.charAt(0) + "0" + exact.substring(2);
        api.vehicle(written(misread));
        api.vehicle(exact);

        assertThat(search(exact)).containsExactly(written(exact), written(misread));
        assertThat(search(misread)).containsExactly(written(misread), written(exact));
    }
}
