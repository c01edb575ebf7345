package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The coordinator's view: what it holds and in which order. Other tests' episodes are there too; ours are filtered. */
@PeelIntegrationTest
class CoordinatorViewTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    MissingApi api;
    Instant now;

    @BeforeEach
    void setUp() {
        api = new MissingApi(port);
        now = clock.instant();
    }

    /** An episode reported {@code hoursAgo} hours ago at {@code grade}, confirmed by a supervisor if asked. */
    private long episode(String grade, int hoursAgo, boolean confirmed, long personId) {
        return episode(grade, Duration.ofHours(hoursAgo), confirmed, personId);
    }

    private long episode(String grade, Duration ago, boolean confirmed, long personId) {
        clock.set(now.minus(ago));
        JsonNode episode = api.report(MissingApi.report(personId, clock.instant().minus(Duration.ofHours(1)), grade));
        if (confirmed) {
            api.confirmLatest(episode);
        }
        clock.set(now);
        return episode.path("id").asLong();
    }

    private long episode(String grade, int hoursAgo, boolean confirmed) {
        return episode(grade, hoursAgo, confirmed, api.adult());
    }

    private JsonNode view() {
        Api.Response response = api.officer().get("/api/missing/coordinator?limit=1000");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void openingTheViewLogsAConsultationOfEachEpisodeItShows() {
        long shown = episode("HIGH", 2, false);

        Api.Response response = api.officer().get("/api/missing/coordinator?limit=1000");

        assertThat(jdbc.sql("SELECT record_id FROM audit_entry WHERE request_id = :request AND action = 'CONSULTATION'"
                        + " AND record_type = 'missing_episode'")
                .param("request", response.header("X-Request-Id")).query(String.class).list())
                .contains(Long.toString(shown));
    }

    private static List<Long> ids(JsonNode list, List<Long> ours) {
        List<Long> ids = new ArrayList<>();
        list.forEach(entry -> {
            if (ours.contains(entry.path("episodeId").asLong())) {
                ids.add(entry.path("episodeId").asLong());
            }
        });
        return ids;
    }

    private static JsonNode entry(JsonNode list, long id) {
        for (JsonNode entry : list) {
            if (entry.path("episodeId").asLong() == id) {
                return entry;
            }
        }
        throw new AssertionError("episode " + id + " is not in " + list);
    }

    @Test
    void openEpisodesComeHighestRiskFirstThenOverdueReviewsThenUnconfirmedGradingsThenChildren() {
        long low = episode("LOW", 0, true);
        long highInTime = episode("HIGH", 0, true);
        long highChild = episode("HIGH", 0, true, api.personBorn(now.minus(Duration.ofDays(12 * 365)).toString()
                .substring(0, 10)));
        long highUnconfirmed = episode("HIGH", 0, false);
        long highOverdue = episode("HIGH", 2, true);
        long medium = episode("MEDIUM", 0, false);
        List<Long> ours = List.of(low, highInTime, highChild, highUnconfirmed, highOverdue, medium);

        JsonNode open = view().path("open");

        assertThat(ids(open, ours)).containsExactly(highOverdue, highUnconfirmed, highChild, highInTime, medium, low);
        assertThat(entry(open, highOverdue).path("reviewState").asString()).isEqualTo("OVERDUE");
        assertThat(entry(open, highOverdue).path("minutesOverdue").asLong()).isEqualTo(60);
        assertThat(entry(open, highChild).path("child").asBoolean()).isTrue();
        assertThat(entry(open, low).path("personName").asString()).startsWith("MISSINGTEST");
    }

    @Test
    void anUnconfirmedRaiseCountsAtTheHigherGrade() {
        JsonNode episode = api.confirmLatest(api.report(MissingApi.report(api.adult(),
                now.minus(Duration.ofHours(1)), "LOW")));
        long id = episode.path("id").asLong();
        api.assess(id, episode.path("version").asLong(), "HIGH");

        JsonNode entry = entry(view().path("open"), id);

        assertThat(entry.path("grade").asString()).isEqualTo("HIGH");
        assertThat(entry.path("confirmedGrade").asString()).isEqualTo("LOW");
        assertThat(entry.path("awaitingConfirmation").asBoolean()).isTrue();
    }

    @Test
    void reviewsDueListsTheOverdueAndTheDueSoonMostOverdueFirst() {
        long dueInAnHour = episode("HIGH", 0, true);
        long dueInTwentyMinutes = episode("HIGH", Duration.ofMinutes(40), true, api.adult());
        long overdueByHours = episode("MEDIUM", 7, true);
        long overdueByOneHour = episode("HIGH", 2, true);
        long notDue = episode("LOW", 0, true);
        List<Long> ours = List.of(dueInAnHour, dueInTwentyMinutes, overdueByHours, overdueByOneHour, notDue);

        JsonNode reviewsDue = view().path("reviewsDue");

        assertThat(ids(reviewsDue, ours)).containsExactly(overdueByHours, overdueByOneHour, dueInTwentyMinutes);
        assertThat(entry(reviewsDue, dueInTwentyMinutes).path("reviewState").asString()).isEqualTo("DUE_SOON");
    }

    @Test
    void theCountsFollowTheClock() {
        JsonNode before = view();
        episode("HIGH", 0, true);

        JsonNode justReported = view();
        clock.advance(Duration.ofMinutes(61));
        JsonNode anHourLater = view();

        assertThat(justReported.path("openByRisk").path("HIGH").asInt())
                .isEqualTo(before.path("openByRisk").path("HIGH").asInt() + 1);
        assertThat(justReported.path("openCount").asInt()).isEqualTo(before.path("openCount").asInt() + 1);
        assertThat(anHourLater.path("reviewsOverdueCount").asInt())
                .isGreaterThanOrEqualTo(justReported.path("reviewsOverdueCount").asInt() + 1);
    }

    @Test
    void gradingsAwaitingASupervisorAreListedUntilConfirmed() {
        JsonNode episode = api.report(MissingApi.report(api.adult(), now.minus(Duration.ofHours(1)), "MEDIUM"));
        long id = episode.path("id").asLong();
        assertThat(ids(view().path("awaitingConfirmation"), List.of(id))).containsExactly(id);

        api.confirmLatest(episode);

        assertThat(ids(view().path("awaitingConfirmation"), List.of(id))).isEmpty();
    }

    @Test
    void childrenMissingAreListedAndClosedEpisodesLeaveTheView() {
        long childPerson = api.personBorn(now.minus(Duration.ofDays(10 * 365)).toString().substring(0, 10));
        JsonNode child = api.report(MissingApi.report(childPerson, now.minus(Duration.ofHours(1)), "HIGH"));
        long adult = episode("HIGH", 0, true);
        long id = child.path("id").asLong();

        JsonNode view = view();
        assertThat(ids(view.path("childrenMissing"), List.of(id, adult))).containsExactly(id);

        api.close(id, MissingApi.found(child.path("version").asLong(), now));
        JsonNode after = view();
        assertThat(ids(after.path("childrenMissing"), List.of(id))).isEmpty();
        assertThat(ids(after.path("open"), List.of(id))).isEmpty();
    }

    @Test
    void returnInterviewsNotHeldInTimeAreListedUntilRecorded() {
        JsonNode episode = api.report(MissingApi.report(api.adult(), now.minus(Duration.ofHours(5)), "LOW"));
        long id = episode.path("id").asLong();
        JsonNode closed = api.close(id, MissingApi.found(episode.path("version").asLong(), now));
        assertThat(ids(view().path("interviewsOverdue"), List.of(id))).isEmpty();

        clock.advance(Duration.ofHours(80));
        JsonNode overdue = view().path("interviewsOverdue");
        assertThat(ids(overdue, List.of(id))).containsExactly(id);
        assertThat(entry(overdue, id).path("hoursOverdue").asLong()).isEqualTo(8);

        Api.Response interview = api.officer().post("/api/missing/episodes/" + id + "/return-interview",
                MissingApi.interview(closed.path("version").asLong(), clock.instant()));
        assertThat(interview.status()).as(interview.toString()).isEqualTo(200);
        assertThat(ids(view().path("interviewsOverdue"), List.of(id))).isEmpty();
    }

    @Test
    void theViewIsRefusedToTheItTeam() {
        assertThat(Api.as(port, Role.ADMIN).get("/api/missing/coordinator").status())
                .isEqualTo(403);
    }

    @Test
    void aLimitOutOfRangeIsRefused() {
        Api.Response response = api.officer().get("/api/missing/coordinator?limit=0");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("limit");
    }
}
