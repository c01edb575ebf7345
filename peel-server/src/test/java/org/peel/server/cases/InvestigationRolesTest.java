package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.access.UserAccounts;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Only the officer in charge, a supervisor or a task's owner may change what they own: 403 for anyone else. */
@PeelIntegrationTest
class InvestigationRolesTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    CasesApi api;
    String inCharge;
    String outsider;
    JsonNode investigation;
    String path;

    @BeforeEach
    void setUp() {
        api = new CasesApi(port, accounts);
        inCharge = api.newUser("incharge", Role.OFFICER);
        outsider = api.newUser("outsider", Role.OFFICER);
        investigation = api.open(inCharge, CasesApi.with(CasesApi.investigation(inCharge, TestUsers.SUPERVISOR),
                "occurrences", CasesApi.occurrence("ANTI_SOCIAL_BEHAVIOUR", null)));
        path = "/api/investigations/" + investigation.path("id").asLong();
    }

    private long version() {
        return api.view(investigation.path("id").asLong()).path("version").asLong();
    }

    @Test
    void anotherOfficerCannotChangeTheInvestigation() {
        long version = version();
        assertThat(api.as(outsider).post(path + "/plan", Map.of("version", version, "text", "My plan.")).status())
                .isEqualTo(403);
        assertThat(api.as(outsider).put(path, Map.of("version", version, "title", "Renamed")).status())
                .isEqualTo(403);
        assertThat(api.as(outsider).post(path + "/people", Map.of("version", version, "personId", api.adult(),
                "role", "WITNESS")).status()).isEqualTo(403);
        assertThat(api.as(outsider).post(path + "/log", Map.of("kind", "NOTE", "text", "Not mine to write.")).status())
                .isEqualTo(403);
        assertThat(api.as(outsider).post(path + "/tasks", Map.of("title", "Do it", "dueAt", "2030-01-01T09:00:00Z"))
                .status()).isEqualTo(403);
        assertThat(api.as(outsider).post(path + "/status", Map.of("version", version,
                "status", "PENDING_FURTHER_INFORMATION", "rationale", "Waiting on the council.")).status())
                .isEqualTo(403);
        JsonNode after = api.view(investigation.path("id").asLong());
        assertThat(after.path("version").asLong()).isEqualTo(version);
        assertThat(after.path("log")).isEmpty();
    }

    @Test
    void anotherOfficerCannotCompleteOrMoveSomeoneElsesTask() {
        JsonNode task = investigation.path("tasks").get(0);
        String taskPath = path + "/tasks/" + task.path("id").asLong();

        assertThat(api.as(outsider).post(taskPath + "/completion", Map.of("version", task.path("version").asLong(),
                "result", "Done by me.")).status()).isEqualTo(403);
        assertThat(api.as(outsider).post(taskPath + "/allocation", Map.of("version", task.path("version").asLong(),
                "owner", outsider, "reason", "I will take it myself.")).status()).isEqualTo(403);
        assertThat(CasesApi.task(api.view(investigation.path("id").asLong()), task.path("id").asLong())
                .path("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void aTasksOwnerMayCompleteItAndWriteToTheLogButNotChangeTheInvestigation() {
        String helper = api.newUser("helper", Role.OFFICER);
        Api.Response added = api.as(inCharge).post(path + "/tasks", Map.of("title", "House-to-house on Elm Road",
                "owner", helper, "dueAt", "2030-01-01T09:00:00Z"));
        JsonNode tasks = added.json().path("tasks");
        JsonNode task = tasks.get(tasks.size() - 1);

        Api.Response note = api.as(helper).post(path + "/log", Map.of("kind", "EVIDENCE",
                "text", "Number 12 has a doorbell camera; footage requested."));
        Api.Response done = api.as(helper).post(path + "/tasks/" + task.path("id").asLong() + "/completion",
                Map.of("version", task.path("version").asLong(), "result", "All 30 houses visited."));
        Api.Response plan = api.as(helper).post(path + "/plan", Map.of("version", version(), "text", "New plan."));

        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(plan.status()).isEqualTo(403);
    }

    @Test
    void aSupervisorMayChangeAnyInvestigationAndReallocateIt() {
        String successor = api.newUser("successor", Role.OFFICER);

        Api.Response changed = api.supervisor().put(path, Map.of("version", version(), "officerInCharge", successor,
                "reason", "Original officer moved to another team.", "priority", "HIGH"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("officerInCharge").asString()).isEqualTo(successor);
        assertThat(changed.json().path("priority").asString()).isEqualTo("HIGH");
        JsonNode entry = changed.json().path("log").get(0);
        assertThat(entry.path("kind").asString()).isEqualTo("ALLOCATION");
        assertThat(entry.path("text").asString()).contains(inCharge + " -> " + successor);
    }

    @Test
    void anAnalystCannotOpenAnInvestigationButCanReadOne() {
        Api.Response refused = api.as(TestUsers.ANALYST).post("/api/investigations", CasesApi.with(
                CasesApi.investigation(TestUsers.OFFICER, TestUsers.SUPERVISOR), "occurrences",
                CasesApi.occurrence("SUDDEN_DEATH", null)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.as(TestUsers.ANALYST).get(path).status()).isEqualTo(200);
        assertThat(api.as(TestUsers.ANALYST).post(path + "/log", Map.of("kind", "NOTE", "text", "x")).status())
                .isEqualTo(403);
        assertThat(List.of(api.as(TestUsers.ADMIN).get(path).status())).containsExactly(403);
    }
}
