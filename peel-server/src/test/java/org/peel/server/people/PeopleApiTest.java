package org.peel.server.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@PeelIntegrationTest
class PeopleApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api officer() {
        return Api.as(port, Role.OFFICER);
    }

    @Test
    void anOfficerRecordsAPersonAndReadsItBack() {
        Api.Response created = officer().post("/api/people", person("John Paul", "Smith")
                .name("ALIAS", "Jack", "Smyth")
                .with("datesOfBirth", List.of("1985-03-12", "1985"))
                .with("identifiers", List.of(Map.of("type", "PNC_ID", "value", "85/123456A")))
                .with("addresses", List.of(Map.of("lines", "12 High Street", "town", "Birmingham", "postcode", "b11 4ab")))
                .warning("VIOLENT", "2020-01-01")
                .vulnerability("MENTAL_HEALTH_VULNERABLE", "2021-06-01")
                .build());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/people/" + id);

        JsonNode person = officer().get("/api/people/" + id).json();
        assertThat(person.path("version").asLong()).isZero();
        assertThat(person.path("sex").asString()).isEqualTo("MALE");
        assertThat(person.path("names").get(0).path("type").asString()).isEqualTo("PRIMARY");
        assertThat(person.path("names").get(0).path("forenames").asString()).isEqualTo("John Paul");
        assertThat(person.path("names").get(0).path("asWritten").asString()).isEqualTo("John Paul Smith");
        assertThat(person.path("names").get(1).path("surname").asString()).isEqualTo("Smyth");
        assertThat(person.path("datesOfBirth").toString()).isEqualTo("[\"1985-03-12\",\"1985\"]");
        assertThat(person.path("identifiers").get(0).path("value").asString()).isEqualTo("85/123456A");
        assertThat(person.path("addresses").get(0).path("postcode").asString()).isEqualTo("B11 4AB");
        assertThat(person.path("warningMarkers").get(0).path("type").asString()).isEqualTo("VIOLENT");
        assertThat(person.path("warningMarkers").get(0).path("title").asString()).isEqualTo("Violent");
        assertThat(person.path("vulnerabilityMarkers").get(0).path("type").asString())
                .isEqualTo("MENTAL_HEALTH_VULNERABLE");
        assertThat(person.path("createdBy").asString()).isEqualTo(TestUsers.OFFICER);
    }

    @Test
    void aPartialDateOfBirthIsKeptAsGiven() {
        long id = officer().post("/api/people", person("Ayaan", "Farah").with("datesOfBirth", List.of("1990-07", "1991")).build())
                .json().path("id").asLong();

        assertThat(officer().get("/api/people/" + id).json().path("datesOfBirth").toString())
                .isEqualTo("[\"1990-07\",\"1991\"]");
    }

    @Test
    void anUpdateBasedOnTheCurrentVersionIsStoredAndRaisesTheVersion() {
        long id = officer().post("/api/people", person("Mary", "Jones").build()).json().path("id").asLong();

        Api.Response updated = officer().put("/api/people/" + id, person("Mary", "Jones")
                .name("MAIDEN", "Mary", "Evans").with("version", 0).build());

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("version").asLong()).isEqualTo(1);
        assertThat(updated.json().path("names").get(1).path("type").asString()).isEqualTo("MAIDEN");
        assertThat(officer().get("/api/people/" + id).json().path("names").size()).isEqualTo(2);
    }

    @Test
    void aSecondOfficerEditingAnOldVersionGetsAConflictAndOverwritesNothing() {
        long id = officer().post("/api/people", person("Peter", "Pederson").build()).json().path("id").asLong();
        Api supervisor = Api.as(port, Role.SUPERVISOR);
        assertThat(officer().put("/api/people/" + id, person("Peter", "Peterson").with("version", 0).build()).status())
                .isEqualTo(200);

        Api.Response conflict = supervisor.put("/api/people/" + id, person("Pete", "Pederson").with("version", 0).build());

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.header("Content-Type")).contains("application/problem+json");
        assertThat(conflict.json().path("detail").asString()).contains("changed by someone else");
        JsonNode stored = officer().get("/api/people/" + id).json();
        assertThat(stored.path("names").get(0).path("surname").asString()).isEqualTo("Peterson");
        assertThat(stored.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void anUpdateWithoutAVersionIsRefused() {
        long id = officer().post("/api/people", person("Ann", "Lee").build()).json().path("id").asLong();

        Api.Response response = officer().put("/api/people/" + id, person("Ann", "Leigh").build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("version");
    }

    @Test
    void listingPagesThroughPeopleInTheOrderTheyWereRecorded() {
        long first = officer().post("/api/people", person("Li", "Wang").build()).json().path("id").asLong();
        long second = officer().post("/api/people", person("Wei", "Zhang").build()).json().path("id").asLong();

        JsonNode page = officer().get("/api/people?page=0&size=200").json();

        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.path("size").asInt()).isEqualTo(200);
        List<Long> ids = new java.util.ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        assertThat(ids).isSorted();
        if (page.path("total").asLong() <= 200) {
            assertThat(ids).containsSubsequence(first, second);
        }
    }

    @Test
    void anUnknownPersonIsNotFound() {
        Api.Response response = officer().get("/api/people/987654321");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("detail").asString()).contains("987654321");
    }

    @Test
    void aPageSizeOutOfRangeIsRefusedNamingTheParameter() {
        Api.Response response = officer().get("/api/people?size=100000");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("size");
    }

    @Test
    void aNonNumericIdIsABadRequestNotAnError() {
        Api.Response response = officer().get("/api/people/abc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("id");
    }
}
