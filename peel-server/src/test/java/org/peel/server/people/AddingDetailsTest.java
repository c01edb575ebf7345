package org.peel.server.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The duplicate check's "this is the person: add what is new": what was typed is added to the record already held,
 * changing and removing nothing there.
 */
@PeelIntegrationTest
class AddingDetailsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api officer() {
        return Api.as(port, TestUsers.OFFICER);
    }

    JsonNode recorded(Map<String, Object> body) {
        Api.Response created = officer().post("/api/people", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static List<String> texts(JsonNode list, String field) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(field == null ? item.asString() : item.path(field).asString()));
        return texts;
    }

    @Test
    void aSpellingTypedAtTheDuplicateCheckBecomesAnAliasAndANewAddressIsAddedKeepingTheRest() {
        JsonNode held = recorded(person("Catriona", "Addeddetails").with("addresses",
                List.of(Map.of("lines", "27 Canal Street", "postcode", "M1 3HE"))).build());

        Api.Response added = officer().post("/api/people/" + held.path("id").asLong() + "/details",
                person("Katrina", "Addeddetails").with("version", held.path("version").asLong())
                        .with("datesOfBirth", List.of("1985-03-12", "1985-03-21"))
                        .with("addresses", List.of(Map.of("lines", "4 Mill Lane", "postcode", "M2 4WU")))
                        .warning("VIOLENT", "2024-01-01").build());

        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        JsonNode person = added.json();
        assertThat(person.path("version").asLong()).isEqualTo(held.path("version").asLong() + 1);
        assertThat(texts(person.path("names"), "forenames")).containsExactly("Catriona", "Katrina");
        assertThat(texts(person.path("names"), "type")).containsExactly("PRIMARY", "ALIAS");
        assertThat(texts(person.path("datesOfBirth"), null)).containsExactly("1985-03-12", "1985-03-21");
        assertThat(texts(person.path("addresses"), "lines")).containsExactly("4 Mill Lane", "27 Canal Street");
        assertThat(person.path("addresses").get(1).path("to").isNull()).as("the old address is not ended").isTrue();
        assertThat(texts(person.path("warningMarkers"), "type")).containsExactly("VIOLENT");
        // What was typed for a new record is combined into the one held (s.62 "combination"), values before and after.
        assertThat(jdbc.sql("SELECT action || ' ' || detail FROM audit_entry WHERE record_type = 'person'"
                        + " AND record_id = :id ORDER BY chain_seq")
                .param("id", Long.toString(held.path("id").asLong())).query(String.class).list())
                .anySatisfy(entry -> assertThat(entry).startsWith("COMBINATION added details to person")
                        .contains("Katrina"));
    }

    @Test
    void addingNothingNewLeavesTheRecordAsItWas() {
        JsonNode held = recorded(person("Morag", "Nothingnew").build());

        Api.Response added = officer().post("/api/people/" + held.path("id").asLong() + "/details",
                person("Morag", "Nothingnew").with("version", held.path("version").asLong()).build());

        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.json().path("version").asLong()).isEqualTo(held.path("version").asLong());
    }

    @Test
    void addingToARecordSomeoneChangedSinceIsRefusedAndAddsNothing() {
        JsonNode held = recorded(person("Isla", "Changedsince").build());
        officer().put("/api/people/" + held.path("id").asLong(), person("Isla", "Changedsince")
                .with("version", held.path("version").asLong()).with("sex", "FEMALE").build());

        Api.Response refused = officer().post("/api/people/" + held.path("id").asLong() + "/details",
                person("Eilidh", "Changedsince").with("version", held.path("version").asLong()).build());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(officer().get("/api/people/" + held.path("id").asLong()).json().path("names")).hasSize(1);
    }
}
