package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.StatementCounter;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * A person's open missing-person episode is shown where officers look: on every search result that finds them and at
 * the top of their page ("Missing now · high risk"), until the episode is closed; a page of results reads the same
 * number of statements however many of the people on it are missing.
 */
@PeelIntegrationTest
@Import(StatementCounter.class)
class MissingAlertsTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexMaintenance index;

    Api as(String user) {
        return Api.as(port, user);
    }

    long newPerson(String forenames, String surname) {
        Api.Response created = as(TestUsers.OFFICER).post("/api/people", person(forenames, surname).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    JsonNode reportMissing(long personId, String grade) {
        Api.Response created = as(TestUsers.OFFICER).post("/api/missing/episodes",
                MissingApi.report(personId, Instant.now().minusSeconds(5400), grade));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    JsonNode hitFor(String query, long personId) {
        Api.Response found = as(TestUsers.OFFICER).get("/api/search/people?q=" + query.replace(" ", "+"));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        for (JsonNode hit : found.json().path("hits")) {
            if (hit.path("personId").asLong() == personId) {
                return hit;
            }
        }
        throw new AssertionError("no hit for person " + personId + " in " + found.body());
    }

    List<String> alertsOn(JsonNode hit) {
        List<String> texts = new ArrayList<>();
        hit.path("alerts").forEach(alert -> texts.add(alert.path("text").asString()));
        return texts;
    }

    String personPage(long personId) {
        Api.Response page = as(TestUsers.OFFICER).withHeader("Accept", "text/html").get("/people/" + personId);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.body();
    }

    @Test
    void aHighRiskMissingChildIsMarkedMissingOnSearchResultsAndAtTheTopOfTheirPageUntilFound() {
        long jade = newPerson("Jade", "Alertington");
        JsonNode episode = reportMissing(jade, "HIGH");
        index.catchUp();

        assertThat(alertsOn(hitFor("jade alertington", jade))).containsExactly("Missing now · high risk (not yet confirmed)");
        String page = personPage(jade);
        assertThat(page.indexOf("Missing now · high risk")).as("the alert comes before the markers")
                .isPositive().isLessThan(page.indexOf("Warnings and vulnerabilities"));
        assertThat(page).contains("href=\"/missing/episodes/" + episode.path("id").asLong() + "\"")
                .doesNotContain("No crimes, missing-person reports");

        long assessment = episode.path("assessments").get(0).path("id").asLong();
        Api.Response confirmed = as(TestUsers.SUPERVISOR).post("/api/missing/episodes/" + episode.path("id").asLong()
                + "/assessments/" + assessment + "/confirmation", Map.of("version", episode.path("version").asLong()));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(alertsOn(hitFor("jade alertington", jade))).containsExactly("Missing now · high risk");

        Api.Response closed = as(TestUsers.OFFICER).post("/api/missing/episodes/" + episode.path("id").asLong()
                + "/closure", Map.of("version", confirmed.json().path("version").asLong(), "outcome", "RETURNED",
                "at", Instant.now().toString(), "place", "Home", "by", "Herself", "condition", "Well"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(alertsOn(hitFor("jade alertington", jade))).isEmpty();
        assertThat(personPage(jade)).doesNotContain("Missing now");
    }

    @Test
    void theSearchPageReadsAsManyStatementsWhenEveryoneOnItIsMissingAsWhenNobodyIs() {
        List<Long> people = new ArrayList<>();
        for (String forenames : List.of("Anna", "Bella", "Carys", "Dana", "Elin", "Ffion")) {
            people.add(newPerson(forenames, "Alertcount"));
        }
        index.catchUp();
        Api browsing = as(TestUsers.OFFICER).withHeader("Accept", "text/html");
        String none = browsing.withHeader("X-Request-Id", "alerts-none").get("/search/results?q=alertcount").body();
        people.forEach(person -> reportMissing(person, "MEDIUM"));
        // Both searches with the index caught up: while it is behind, search reads the lag once more (by design).
        index.catchUp();
        String all = browsing.withHeader("X-Request-Id", "alerts-all").get("/search/results?q=alertcount").body();

        assertThat(none).contains("ALERTCOUNT, Anna").doesNotContain("Missing now");
        assertThat(all.split("Missing now · medium risk", -1)).hasSize(people.size() + 1);
        assertThat(StatementCounter.statementsOf("alerts-all")).isEqualTo(StatementCounter.statementsOf("alerts-none"));
    }
}
