package org.peel.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PageSession;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * While the index is behind the change log, search says so and adds the people the database holds under exactly the
 * name searched (issue 15, item 5). The index here does not follow the change log by itself
 * ({@code peel.search.follow=false}), so the test decides when it catches up: until then the server is in the state of
 * one that has just started on an old index, or is filling its data from a bulk import.
 */
@PeelIntegrationTest
@TestPropertySource(properties = "peel.search.follow=false")
class SearchCatchingUpTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexMaintenance maintenance;

    @Autowired
    MutableClock clock;

    Api officer() {
        return Api.as(port, Role.OFFICER);
    }

    private static JsonNode hitFor(JsonNode results, long id) {
        for (JsonNode hit : results.path("hits")) {
            if (hit.path("personId").asLong() == id) {
                return hit;
            }
        }
        return null;
    }

    private long record(String forenames, String surname, String dateOfBirth) {
        Api.Response created = officer().post("/api/people", person(forenames, surname)
                .with("datesOfBirth", List.of(dateOfBirth)).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @Test
    void aSearchWhileTheIndexIsBehindSaysSoAndFindsTheExactNameInTheDatabase() {
        maintenance.catchUp();
        String surname = Records.uniqueSurname("Lagley");
        long recorded = record("Imogen", surname, "1988-09-21");
        long withAMiddleName = record("Imogen Clara", surname, "1988-09-21");
        long otherForename = record("Rosalind", surname, "1971-01-01");
        clock.advance(Duration.ofMinutes(7));

        JsonNode behind = officer().get("/api/search/people?q=" + surname + ",+Imogen+21/09/1988").json();

        JsonNode lag = behind.path("indexLag");
        assertThat(lag.path("catchingUp").asBoolean()).as(behind.toString()).isTrue();
        assertThat(lag.path("changesBehind").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(lag.path("secondsBehind").asLong()).isGreaterThanOrEqualTo(7 * 60);
        assertThat(lag.path("message").asString())
                .isEqualTo("Search is catching up: results may be missing people recorded in the last 7 minutes.");
        assertThat(hitFor(behind, recorded)).as(behind.toString()).isNotNull();
        assertThat(hitFor(behind, recorded).path("reasons").toString())
                .contains(PersonSearch.FOUND_IN_DATABASE).contains("born the same day");
        assertThat(hitFor(behind, recorded).path("confidence").asDouble()).isGreaterThan(0.9);
        assertThat(hitFor(behind, withAMiddleName)).as("forenames starting with those searched").isNotNull();
        assertThat(hitFor(behind, otherForename)).as("another forename is not the exact name").isNull();
        assertThat(behind.path("hits").get(0).path("personId").asLong()).isEqualTo(recorded);

        JsonNode misspelt = officer().get("/api/search/people?q=" + surname + "x,+Imogen").json();
        assertThat(misspelt.path("indexLag").path("catchingUp").asBoolean()).isTrue();
        assertThat(hitFor(misspelt, recorded)).as("only the exact name is looked up in the database").isNull();

        Api.Response duplicates = officer().post("/api/search/duplicates", person("Imogen", surname)
                .with("datesOfBirth", List.of("1988-09-21")).build());
        assertThat(duplicates.json().toString()).as("the duplicate check before recording her again")
                .contains("\"personId\":" + recorded + ",").contains(PersonSearch.FOUND_IN_DATABASE);

        String page = PageSession.as(port, TestUsers.OFFICER).get("/?q=" + surname + ",+Imogen");
        assertThat(page).contains("Search is catching up: results may be missing people recorded in the last 7 minutes.")
                .contains("not in the search yet").contains(PersonSearch.FOUND_IN_DATABASE);

        maintenance.catchUp();
        JsonNode caughtUp = officer().get("/api/search/people?q=" + surname + ",+Imogen+21/09/1988").json();

        assertThat(caughtUp.path("indexLag").path("catchingUp").asBoolean()).isFalse();
        assertThat(caughtUp.path("indexLag").path("changesBehind").asLong()).isZero();
        assertThat(hitFor(caughtUp, recorded).path("reasons").toString()).doesNotContain(PersonSearch.FOUND_IN_DATABASE);
        assertThat(PageSession.as(port, TestUsers.OFFICER).get("/?q=" + surname + ",+Imogen"))
                .doesNotContain("Search is catching up");
    }

    @Test
    void aChangeOnlyMomentsOldIsNotCatchingUp() {
        maintenance.catchUp();
        String surname = Records.uniqueSurname("Momently");
        long recorded = record("Ada", surname, "1990-01-01");

        JsonNode results = officer().get("/api/search/people?q=" + surname + ",+Ada").json();

        assertThat(results.path("indexLag").path("catchingUp").asBoolean()).isFalse();
        assertThat(results.path("indexLag").path("changesBehind").asLong()).isPositive();
        assertThat(hitFor(results, recorded)).as("the ordinary moment before the follower applies a change").isNull();
    }
}
