package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.peel.server.testing.Api;
import org.peel.server.testing.Records;

import tools.jackson.databind.JsonNode;

/**
 * Builds locations, objects and links over the API for the places tests. Postcodes and registrations are random, so
 * that tests sharing one database never find each other's records.
 */
public final class PlacesApi extends Records {

    /** Letters and digits officers do not misread, for registrations whose misreads a test controls. */
    private static final String PLAIN_LETTERS = "ACDEFGHJKLMNPRTUVWXYZ";
    private static final String PLAIN_DIGITS = "234679";
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    public PlacesApi(int port) {
        super(port, "Placestest");
    }

    /** A postcode no other test uses (almost surely): an outward code and a random inward code. */
    public static String uniquePostcode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String[] areas = {"M", "B", "LS", "CF", "NE", "BS"};
        return areas[random.nextInt(areas.length)] + (1 + random.nextInt(40)) + " " + random.nextInt(10)
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    /** A current-style registration ("KT23 XCD") of letters and digits no officer misreads, in compact form. */
    public static String uniqueRegistration() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder plate = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            String from = i == 2 || i == 3 ? PLAIN_DIGITS : PLAIN_LETTERS;
            plate.append(from.charAt(random.nextInt(from.length())));
        }
        return plate.toString();
    }

    public static Map<String, Object> address(String lines, String town, String postcode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lines", lines);
        body.put("town", town);
        body.put("postcode", postcode);
        return body;
    }

    public JsonNode created(String path, Object body) {
        Api.Response created = officer().post(path, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    public JsonNode location(String lines, String postcode) {
        return created("/api/locations", address(lines, "Manchester", postcode));
    }

    public JsonNode warning(long locationId, String type, String note) {
        return created("/api/locations/" + locationId + "/warnings", Map.of("type", type, "note", note));
    }

    public JsonNode vehicle(String registration) {
        return created("/api/vehicles", Map.of("registration", registration, "make", "Ford", "model", "Focus",
                "colour", "Blue"));
    }

    public JsonNode phone(String number) {
        return created("/api/phones", Map.of("number", number));
    }

    public JsonNode link(String fromKind, long fromId, String role, String toKind, long toId) {
        return created("/api/links", Map.of("fromKind", fromKind, "fromId", fromId, "role", role, "toKind", toKind,
                "toId", toId));
    }

    /** A phone number no other test uses: a UK mobile number in the range kept for drama (07700 900000-900999) or beyond. */
    public static String uniqueMobile() {
        return "07" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
    }
}
