package org.peel.server.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A person's addresses are history, not overwritten: a change that replaces an address keeps the old one, ended on
 * the day of the change, with the dates it had; the new one is current from that day.
 */
@PeelIntegrationTest
class AddressHistoryTest {

    @LocalServerPort
    int port;

    Api officer() {
        return Api.as(port, TestUsers.OFFICER);
    }

    static Map<String, Object> address(String lines, String postcode, String from, String to) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("lines", lines);
        address.put("postcode", postcode);
        address.put("from", from);
        address.put("to", to);
        return address;
    }

    JsonNode recorded(String forenames, String surname, List<Map<String, Object>> addresses) {
        Api.Response created = officer().post("/api/people", person(forenames, surname)
                .with("addresses", addresses).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    Api.Response changedAddresses(JsonNode person, List<Map<String, Object>> addresses, String surname) {
        return officer().put("/api/people/" + person.path("id").asLong(), person("Hollis", surname)
                .with("version", person.path("version").asLong()).with("addresses", addresses).build());
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    @Test
    void movingHouseKeepsTheOldAddressEndedTodayWithTheDateTheyMovedIn() {
        JsonNode person = recorded("Hollis", "Movedhouse",
                List.of(address("12 Old Road", "B11 4AB", "2019-06-01", null)));

        Api.Response moved = changedAddresses(person, List.of(address("3 New Street", "B12 9QY", null, null)),
                "Movedhouse");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonNode addresses = moved.json().path("addresses");
        assertThat(addresses).hasSize(2);
        assertThat(addresses.get(0).path("lines").asString()).isEqualTo("3 New Street");
        assertThat(addresses.get(0).path("from").asString()).isEqualTo(today());
        assertThat(addresses.get(0).path("to").isNull()).isTrue();
        assertThat(addresses.get(1).path("lines").asString()).isEqualTo("12 Old Road");
        assertThat(addresses.get(1).path("from").asString()).isEqualTo("2019-06-01");
        assertThat(addresses.get(1).path("to").asString()).isEqualTo(today());
        assertThat(officer().get("/api/people/" + person.path("id").asLong()).json().path("addresses"))
                .as("as stored").hasSize(2);
    }

    @Test
    void aFormerAddressLeftOutOfALaterChangeStaysOnTheRecord() {
        JsonNode person = recorded("Hollis", "Twicemoved", List.of(address("1 First Road", "B11 4AB", null, null)));
        JsonNode once = changedAddresses(person, List.of(address("2 Second Road", "B12 9QY", null, null)),
                "Twicemoved").json();

        JsonNode twice = changedAddresses(once, List.of(address("2 Second Road", "B12 9QY", null, null)),
                "Twicemoved").json();

        List<String> lines = new ArrayList<>();
        twice.path("addresses").forEach(address -> lines.add(address.path("lines").asString()));
        assertThat(lines).containsExactly("2 Second Road", "1 First Road");
    }

    @Test
    void anAddressEndingBeforeItStartedIsRefusedNamingTheFieldAndNothingIsStored() {
        Api.Response refused = officer().post("/api/people", person("Hollis", "Baddates").with("addresses",
                List.of(address("1 First Road", "B11 4AB", "2020-05-01", "2019-01-01"))).build());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("addresses[0].to");
    }
}
