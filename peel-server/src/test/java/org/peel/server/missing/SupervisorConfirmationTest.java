package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Only a supervisor confirms a grading, and only the latest one. */
@PeelIntegrationTest
class SupervisorConfirmationTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    MissingApi api;

    @BeforeEach
    void setUp() {
        api = new MissingApi(port);
    }

    private JsonNode reported() {
        return api.report(MissingApi.report(api.adult(), clock.instant().minus(Duration.ofHours(1)), "HIGH"));
    }

    private static Map<String, Object> confirmation(JsonNode episode) {
        return Map.of("version", episode.path("version").asLong());
    }

    @Test
    void anOfficerCannotConfirmAGrading() {
        JsonNode episode = reported();

        Api.Response response = api.officer().post(MissingApi.confirmationPath(episode), confirmation(episode));

        assertThat(response.status()).isEqualTo(403);
        assertThat(api.view(episode.path("id").asLong()).path("risk").path("awaitingConfirmation").asBoolean()).isTrue();
    }

    @Test
    void theCrimeRegistrarCannotConfirmAGradingEither() {
        JsonNode episode = reported();

        Api.Response response = Api.as(port, Role.CRIME_REGISTRAR).post(MissingApi.confirmationPath(episode),
                confirmation(episode));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aSupervisorConfirmsTheGradingWhichBecomesTheCurrentGrade() {
        JsonNode confirmed = api.confirmLatest(reported());

        assertThat(confirmed.path("risk").path("currentGrade").asString()).isEqualTo("HIGH");
        assertThat(confirmed.path("risk").path("awaitingConfirmation").asBoolean()).isFalse();
        assertThat(confirmed.path("assessments").get(0).path("confirmationNote").asString()).isEqualTo("Agreed.");
    }

    @Test
    void anOlderAssessmentCannotBeConfirmedOnceANewerOneExists() {
        JsonNode episode = reported();
        String olderPath = MissingApi.confirmationPath(episode);
        JsonNode reviewed = api.assess(episode.path("id").asLong(), episode.path("version").asLong(), "MEDIUM");

        Api.Response response = api.supervisor().post(olderPath, confirmation(reviewed));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("assessment");
    }

    @Test
    void aConfirmationOfAnOutOfDateVersionIsAConflict() {
        JsonNode episode = reported();
        api.officer().post("/api/missing/episodes/" + episode.path("id").asLong() + "/assessments",
                MissingApi.assessment(episode.path("version").asLong(), "HIGH"));
        JsonNode reviewed = api.view(episode.path("id").asLong());

        Api.Response response = api.supervisor().post(MissingApi.confirmationPath(reviewed), confirmation(episode));

        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void anAnalystCanReadButNotReport() {
        JsonNode episode = reported();

        assertThat(api.analyst().get("/api/missing/episodes/" + episode.path("id").asLong()).status()).isEqualTo(200);
        assertThat(api.analyst().post("/api/missing/episodes", MissingApi.report(api.adult(),
                clock.instant().minus(Duration.ofHours(1)), "LOW")).status()).isEqualTo(403);
    }
}
