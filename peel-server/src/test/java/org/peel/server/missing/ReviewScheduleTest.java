package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Episodes follow the review policy as the clock runs: overdue is worked out from the clock when read, never set by
 * hand, and assessments and confirmations move the next review. The policy's rules on their own are in
 * {@link ReviewSchedulePolicyTest}.
 */
@PeelIntegrationTest
class ReviewScheduleTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    MissingApi api;

    @BeforeEach
    void setUp() {
        api = new MissingApi(port);
    }

    private JsonNode reported(String grade) {
        return api.report(MissingApi.report(api.adult(), clock.instant().minus(Duration.ofHours(2)), grade));
    }

    private static Instant reviewDue(JsonNode episode) {
        return Instant.parse(episode.path("risk").path("reviewDueAt").asString());
    }

    private static String reviewState(JsonNode episode) {
        return episode.path("risk").path("reviewState").asString();
    }

    @Test
    void aReviewBecomesDueSoonAndThenOverdueAsTheClockRuns() {
        long id = reported("HIGH").path("id").asLong();
        assertThat(reviewState(api.view(id))).isEqualTo("SCHEDULED");

        clock.advance(Duration.ofMinutes(45));
        assertThat(reviewState(api.view(id))).isEqualTo("DUE_SOON");

        clock.advance(Duration.ofMinutes(20));
        assertThat(reviewState(api.view(id))).isEqualTo("OVERDUE");
    }

    @Test
    void aNewAssessmentIsTheReviewAndSetsTheNextOne() {
        JsonNode episode = reported("MEDIUM");
        long id = episode.path("id").asLong();
        clock.advance(Duration.ofHours(5));
        assertThat(reviewState(api.view(id))).isEqualTo("OVERDUE");

        JsonNode reviewed = api.assess(id, episode.path("version").asLong(), "MEDIUM");

        assertThat(reviewState(reviewed)).isEqualTo("SCHEDULED");
        assertThat(reviewDue(reviewed)).isEqualTo(clock.instant().plus(Duration.ofHours(4)));
    }

    @Test
    void anUnconfirmedLoweringDoesNotLengthenTheIntervalUntilASupervisorAgrees() {
        JsonNode episode = api.confirmLatest(reported("HIGH"));

        JsonNode lowered = api.assess(episode.path("id").asLong(), episode.path("version").asLong(), "LOW");
        assertThat(reviewDue(lowered)).isEqualTo(clock.instant().plus(Duration.ofHours(1)));

        JsonNode agreed = api.confirmLatest(lowered);
        assertThat(reviewDue(agreed)).isEqualTo(clock.instant().plus(Duration.ofHours(8)));
    }

    @Test
    void aReturnInterviewNotHeldWithinSeventyTwoHoursIsOverdue() {
        JsonNode episode = reported("MEDIUM");
        long id = episode.path("id").asLong();
        api.close(id, MissingApi.found(episode.path("version").asLong(), clock.instant()));

        clock.advance(Duration.ofHours(71));
        assertThat(api.view(id).path("returnInterview").path("state").asString()).isEqualTo("DUE");

        clock.advance(Duration.ofHours(2));
        assertThat(api.view(id).path("returnInterview").path("state").asString()).isEqualTo("OVERDUE");
    }
}
