package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Three or more episodes in a rolling year make a repeat missing person. */
@PeelIntegrationTest
class RepeatMissingTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    MissingApi api;

    @BeforeEach
    void setUp() {
        api = new MissingApi(port);
    }

    /** Reports the person missing {@code daysAgo} days ago and closes the episode as returned home. */
    private void episodeDaysAgo(long personId, int daysAgo) {
        clock.reset();
        clock.advance(Duration.ofDays(-daysAgo));
        JsonNode episode = api.report(MissingApi.report(personId, clock.instant().minus(Duration.ofHours(5)), "LOW"));
        api.close(episode.path("id").asLong(), MissingApi.found(episode.path("version").asLong(), clock.instant()));
        clock.reset();
    }

    private JsonNode history(long personId) {
        Api.Response response = api.officer().get("/api/missing/people/" + personId + "/history");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void threeEpisodesWithinAYearMakeARepeatMissingPerson() {
        long personId = api.adult();
        episodeDaysAgo(personId, 300);
        episodeDaysAgo(personId, 100);
        episodeDaysAgo(personId, 10);

        JsonNode history = history(personId);

        assertThat(history.path("episodeCount").asInt()).isEqualTo(3);
        assertThat(history.path("episodesInWindow").asInt()).isEqualTo(3);
        assertThat(history.path("repeatMissingPerson").asBoolean()).isTrue();
        assertThat(history.path("episodes").get(0).path("foundPlace").asString()).isEqualTo("Her grandmother's flat");
    }

    @Test
    void episodesMoreThanAYearAgoDoNotCount() {
        long personId = api.adult();
        episodeDaysAgo(personId, 400);
        episodeDaysAgo(personId, 100);
        episodeDaysAgo(personId, 10);

        JsonNode history = history(personId);

        assertThat(history.path("episodeCount").asInt()).isEqualTo(3);
        assertThat(history.path("episodesInWindow").asInt()).isEqualTo(2);
        assertThat(history.path("repeatMissingPerson").asBoolean()).isFalse();
    }

    @Test
    void theFlagShowsOnTheOpenEpisodeToo() {
        long personId = api.adult();
        episodeDaysAgo(personId, 50);
        episodeDaysAgo(personId, 20);

        JsonNode third = api.report(MissingApi.report(personId, clock.instant().minus(Duration.ofHours(1)), "MEDIUM"));

        assertThat(third.path("repeat").path("repeatMissingPerson").asBoolean()).isTrue();
        assertThat(third.path("repeat").path("episodesInWindow").asInt()).isEqualTo(3);
    }

    @Test
    void theHistoryOfAnUnknownPersonIsNotFound() {
        assertThat(api.officer().get("/api/missing/people/987654321/history").status()).isEqualTo(404);
    }
}
