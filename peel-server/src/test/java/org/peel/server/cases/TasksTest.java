package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.access.UserAccounts;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Tasks: owners, due times, results, re-allocation history, optimistic locking, and an officer's work list. */
@PeelIntegrationTest
class TasksTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MutableClock clock;

    CasesApi api;
    String officer;
    JsonNode investigation;

    @BeforeEach
    void setUp() {
        // Whole seconds: the database keeps microseconds, and a rounded time would shift day counts.
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        api = new CasesApi(port, accounts);
        officer = api.newUser("taskofficer", Role.OFFICER);
        investigation = api.open(officer, CasesApi.with(CasesApi.investigation(officer, TestUsers.SUPERVISOR),
                "occurrences", CasesApi.occurrence("SUDDEN_DEATH", null)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String path() {
        return "/api/investigations/" + investigation.path("id").asLong();
    }

    private JsonNode addTask(String title, String owner, Instant due) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("title", title);
        task.put("owner", owner);
        task.put("dueAt", due.toString());
        task.put("priority", "HIGH");
        Api.Response added = api.as(officer).post(path() + "/tasks", task);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode tasks = added.json().path("tasks");
        return tasks.get(tasks.size() - 1);
    }

    @Test
    void aTaskIsDoneWithItsResult() {
        JsonNode task = addTask("Obtain the post-mortem report", officer, clock.instant().plus(Duration.ofDays(3)));

        Api.Response done = api.as(officer).post(path() + "/tasks/" + task.path("id").asLong() + "/completion",
                Map.of("version", task.path("version").asLong(), "result", "Report received: natural causes."));

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        JsonNode after = CasesApi.task(done.json(), task.path("id").asLong());
        assertThat(after.path("state").asString()).isEqualTo("DONE");
        assertThat(after.path("result").asString()).isEqualTo("Report received: natural causes.");
        assertThat(after.path("doneBy").asString()).isEqualTo(officer);
    }

    @Test
    void reallocationIsKeptInTheTasksHistory() {
        String colleague = api.newUser("colleague", Role.OFFICER);
        String third = api.newUser("third", Role.OFFICER);
        JsonNode task = addTask("Trace the next of kin", officer, clock.instant().plus(Duration.ofDays(1)));
        String taskPath = path() + "/tasks/" + task.path("id").asLong() + "/allocation";

        Api.Response first = api.as(officer).post(taskPath, Map.of("version", task.path("version").asLong(),
                "owner", colleague, "reason", "I am on leave from tomorrow."));
        JsonNode moved = CasesApi.task(first.json(), task.path("id").asLong());
        Api.Response second = api.as(colleague).post(taskPath, Map.of("version", moved.path("version").asLong(),
                "owner", third, "reason", "Third officer works nights near the address."));

        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        JsonNode after = CasesApi.task(second.json(), task.path("id").asLong());
        assertThat(after.path("owner").asString()).isEqualTo(third);
        assertThat(after.path("allocations")).hasSize(2);
        assertThat(after.path("allocations").get(0).path("fromOwner").asString()).isEqualTo(officer);
        assertThat(after.path("allocations").get(0).path("toOwner").asString()).isEqualTo(colleague);
        assertThat(after.path("allocations").get(1).path("by").asString()).isEqualTo(colleague);
        assertThat(after.path("allocations").get(1).path("reason").asString()).startsWith("Third officer");
    }

    @Test
    void aStaleTaskVersionIsAConflictAndChangesNothing() {
        JsonNode task = addTask("Check the medical history", officer, clock.instant().plus(Duration.ofDays(1)));
        String colleague = api.newUser("colleague", Role.OFFICER);
        api.as(officer).post(path() + "/tasks/" + task.path("id").asLong() + "/allocation", Map.of(
                "version", task.path("version").asLong(), "owner", colleague, "reason", "Colleague knows the GP."));

        Api.Response stale = api.as(officer).post(path() + "/tasks/" + task.path("id").asLong() + "/completion",
                Map.of("version", task.path("version").asLong(), "result", "Done."));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(CasesApi.task(api.view(investigation.path("id").asLong()), task.path("id").asLong())
                .path("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void aStaleInvestigationVersionIsAConflictAndChangesNothing() {
        long version = investigation.path("version").asLong();
        api.as(officer).post(path() + "/plan", Map.of("version", version, "text", "First revision of the plan."));

        Api.Response stale = api.as(officer).post(path() + "/plan", Map.of("version", version,
                "text", "A revision made without seeing the first."));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(api.view(investigation.path("id").asLong()).path("plan").path("text").asString())
                .isEqualTo("First revision of the plan.");
    }

    @Test
    void myWorkListsMyActiveInvestigationsAndOpenTasksOverdueFirst() {
        Instant now = clock.instant();
        JsonNode later = addTask("Due in two days", officer, now.plus(Duration.ofDays(2)));
        JsonNode overdue = addTask("Was due yesterday", officer, now.minus(Duration.ofDays(1)));
        JsonNode done = addTask("Done already", officer, now.minus(Duration.ofDays(2)));
        api.as(officer).post(path() + "/tasks/" + done.path("id").asLong() + "/completion",
                Map.of("version", done.path("version").asLong(), "result", "Finished."));
        addTask("Someone else's", api.newUser("other", Role.OFFICER), now.minus(Duration.ofDays(3)));

        Api.Response work = api.as(officer).get("/api/investigations/my-work");

        assertThat(work.status()).as(work.toString()).isEqualTo(200);
        JsonNode json = work.json();
        assertThat(json.path("investigations")).hasSize(1);
        assertThat(json.path("investigations").get(0).path("reference").asString())
                .isEqualTo(investigation.path("reference").asString());
        JsonNode tasks = json.path("tasks");
        assertThat(tasks.get(0).path("id").asLong()).isEqualTo(overdue.path("id").asLong());
        assertThat(tasks.get(0).path("state").asString()).isEqualTo("OVERDUE");
        assertThat(tasks.findValuesAsString("title")).doesNotContain("Done already", "Someone else's")
                .contains("Due in two days");
        assertThat(tasks.get(tasks.size() - 1).path("id").asLong()).isEqualTo(later.path("id").asLong());
        assertThat(json.path("overdueTasks").asLong()).isEqualTo(1);
        assertThat(json.path("openTasks").asLong()).isEqualTo(tasks.size());
    }
}
