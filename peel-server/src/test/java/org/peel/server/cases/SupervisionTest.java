package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.access.UserAccounts;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Supervisor reviews fall due every 28 days (7 for high priority); the team view shows what has slipped. */
@PeelIntegrationTest
class SupervisionTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MutableClock clock;

    CasesApi api;
    String officer;
    String supervisor;

    @BeforeEach
    void setUp() {
        // Whole seconds: the database keeps microseconds, and a rounded time would shift day counts.
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        api = new CasesApi(port, accounts);
        officer = api.newUser("teamofficer", Role.OFFICER);
        supervisor = api.newUser("teamsergeant", Role.SUPERVISOR);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JsonNode open(String priority) {
        java.util.Map<String, Object> body = CasesApi.investigation(officer, supervisor);
        body.put("priority", priority);
        return api.open(officer, CasesApi.with(body, "occurrences", CasesApi.occurrence("ANTI_SOCIAL_BEHAVIOUR", null)));
    }

    private static Duration untilReview(JsonNode investigation) {
        return Duration.between(Instant.parse(investigation.path("createdAt").asString()),
                Instant.parse(investigation.path("review").path("dueAt").asString()));
    }

    @Test
    void aReviewIsDueEvery28DaysAndEvery7ForHighPriority() {
        assertThat(untilReview(open("STANDARD"))).isEqualTo(Duration.ofDays(28));
        assertThat(untilReview(open("HIGH"))).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aSupervisorsReviewNeedsARationaleAndSchedulesTheNext() {
        JsonNode investigation = open("STANDARD");
        String path = "/api/investigations/" + investigation.path("id").asLong() + "/reviews";
        clock.advance(Duration.ofDays(30));

        Api.Response refused = api.as(supervisor).post(path, Map.of("version", investigation.path("version").asLong()));
        Api.Response reviewed = api.as(supervisor).post(path, Map.of("version", investigation.path("version").asLong(),
                "rationale", "Lines of enquiry complete bar CCTV; chase the council."));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("rationale");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);
        JsonNode after = reviewed.json();
        assertThat(after.path("review").path("state").asString()).isEqualTo("NOT_DUE");
        assertThat(Instant.parse(after.path("review").path("dueAt").asString()))
                .isEqualTo(clock.instant().plus(Duration.ofDays(28)));
        JsonNode entry = after.path("log").get(after.path("log").size() - 1);
        assertThat(entry.path("kind").asString()).isEqualTo("SUPERVISOR_REVIEW");
        assertThat(entry.path("writtenBy").asString()).isEqualTo(supervisor);
        assertThat(entry.path("rationale").asString()).startsWith("Lines of enquiry");
    }

    @Test
    void anOfficerCannotRecordASupervisorsReview() {
        JsonNode investigation = open("STANDARD");

        Api.Response refused = api.as(officer).post("/api/investigations/" + investigation.path("id").asLong()
                + "/reviews", Map.of("version", investigation.path("version").asLong(),
                "rationale", "I reviewed it myself, all fine."));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void theTeamViewListsOverdueReviewsOverdueTasksAndQuietInvestigations() {
        JsonNode high = open("HIGH");
        JsonNode standard = open("STANDARD");
        clock.advance(Duration.ofDays(8));
        api.as(officer).post("/api/investigations/" + standard.path("id").asLong() + "/log",
                Map.of("kind", "NOTE", "text", "Visited the estate office."));
        clock.advance(Duration.ofDays(7));

        Api.Response team = api.as(supervisor).get("/api/investigations/team");

        assertThat(team.status()).as(team.toString()).isEqualTo(200);
        JsonNode view = team.json();
        assertThat(view.path("supervisor").asString()).isEqualTo(supervisor);
        assertThat(view.path("reviewsOverdue").findValuesAsString("reference"))
                .containsExactly(high.path("reference").asString());
        // Both investigations got "contact the victim" due in 48 hours; neither was done.
        assertThat(view.path("tasksOverdue")).hasSize(2);
        assertThat(view.path("tasksOverdue").get(0).path("state").asString()).isEqualTo("OVERDUE");
        assertThat(view.path("inactive").findValuesAsString("reference"))
                .containsExactly(high.path("reference").asString());
        assertThat(view.path("inactive").get(0).path("daysSinceActivity").asLong()).isEqualTo(15);
    }

    @Test
    void overdueTasksFollowTheInvestigationsSupervisorAndLeaveWhenItIsFiled() {
        JsonNode investigation = open("STANDARD");
        String successor = api.newUser("newsergeant", Role.SUPERVISOR);
        clock.advance(Duration.ofDays(3));
        String path = "/api/investigations/" + investigation.path("id").asLong();
        JsonNode moved = api.as(supervisor).put(path, Map.of("version", investigation.path("version").asLong(),
                "supervisor", successor, "reason", "Moving to the new team structure.")).json();

        assertThat(api.as(supervisor).get("/api/investigations/team").json().path("tasksOverdue")).isEmpty();
        assertThat(api.as(successor).get("/api/investigations/team").json().path("tasksOverdue")).hasSize(1);

        api.as(successor).post(path + "/status", Map.of("version", moved.path("version").asLong(),
                "status", "FILED", "rationale", "No further lines of enquiry for now."));

        assertThat(api.as(successor).get("/api/investigations/team").json().path("tasksOverdue")).isEmpty();
        assertThat(api.as(officer).get("/api/investigations/my-work").json().path("tasks")).hasSize(1);
    }

    @Test
    void anotherSupervisorsTeamIsNotInMyTeamView() {
        open("HIGH");
        clock.advance(Duration.ofDays(10));
        String other = api.newUser("othersergeant", Role.SUPERVISOR);

        JsonNode view = api.as(other).get("/api/investigations/team").json();

        assertThat(view.path("reviewsOverdue")).isEmpty();
        assertThat(view.path("tasksOverdue")).isEmpty();
        assertThat(view.path("inactive")).isEmpty();
    }
}
