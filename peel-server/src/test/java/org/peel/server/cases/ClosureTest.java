package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.UserAccounts;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Closing needs every crime to have a Home Office outcome; filing, closing and reopening are a supervisor's. */
@PeelIntegrationTest
class ClosureTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    CasesApi api;
    JsonNode investigation;
    long firstCrime;
    long secondCrime;

    @BeforeEach
    void setUp() {
        api = new CasesApi(port, accounts);
        firstCrime = api.crime().path("id").asLong();
        secondCrime = api.crime().path("id").asLong();
        Map<String, Object> body = CasesApi.investigation(TestUsers.OFFICER, TestUsers.SUPERVISOR);
        CasesApi.with(body, "crimes", CasesApi.crimeLink(firstCrime, List.of(), null));
        CasesApi.with(body, "crimes", CasesApi.crimeLink(secondCrime, List.of(), null));
        investigation = api.open(TestUsers.OFFICER, body);
    }

    private Api.Response change(Api as, JsonNode current, String status, String rationale) {
        return as.post("/api/investigations/" + current.path("id").asLong() + "/status",
                Map.of("version", current.path("version").asLong(), "status", status, "rationale", rationale));
    }

    @Test
    void closingIsRefusedWhileACrimeHasNoOutcomeNamingThatCrime() {
        api.finalise(firstCrime);

        Api.Response refused = change(api.supervisor(), investigation, "CLOSED", "All enquiries complete.");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("crimes[1]");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("no Home Office outcome");
        assertThat(api.view(investigation.path("id").asLong()).path("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void aSupervisorClosesOnceEveryCrimeHasAnOutcome() {
        api.finalise(firstCrime);
        api.finalise(secondCrime);

        Api.Response closed = change(api.supervisor(), investigation, "CLOSED",
                "Both crimes finalised with outcome 18; no further lines of enquiry.");

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        JsonNode after = closed.json();
        assertThat(after.path("status").asString()).isEqualTo("CLOSED");
        assertThat(after.path("crimes").findValuesAsString("outcomeCode")).containsExactly("18", "18");
        assertThat(after.path("review").path("state").asString()).isEqualTo("NONE");
        assertThat(after.path("statusDecision").path("by").asString()).isEqualTo(TestUsers.SUPERVISOR);
        JsonNode entry = after.path("log").get(after.path("log").size() - 1);
        assertThat(entry.path("kind").asString()).isEqualTo("STATUS_CHANGE");
        assertThat(entry.path("rationale").asString()).startsWith("Both crimes finalised");
    }

    @Test
    void theOfficerInChargeCannotFileOrClose() {
        api.finalise(firstCrime);
        api.finalise(secondCrime);

        assertThat(change(api.officer(), investigation, "FILED", "Nothing more to do for now.").status())
                .isEqualTo(403);
        assertThat(change(api.officer(), investigation, "CLOSED", "Nothing more to do at all.").status())
                .isEqualTo(403);
        assertThat(api.view(investigation.path("id").asLong()).path("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void filingNeedsARationale() {
        Api.Response refused = change(api.supervisor(), investigation, "FILED", "");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("rationale");
    }

    @Test
    void aFiledInvestigationNeedsNoOutcomesAndIsReopenedOnTheRecord() {
        JsonNode filed = change(api.supervisor(), investigation, "FILED",
                "Awaiting a forensic match that may take months; filed pending a hit.").json();
        assertThat(filed.path("status").asString()).isEqualTo("FILED");

        Api.Response addTask = api.officer().post("/api/investigations/" + filed.path("id").asLong() + "/tasks",
                Map.of("title", "Chase the lab", "dueAt", "2030-01-01T09:00:00Z"));
        Api.Response reopened = change(api.supervisor(), filed, "OPEN", "Forensic hit on the national database.");

        assertThat(addTask.status()).isEqualTo(400);
        assertThat(addTask.errorFields()).containsExactly("status");
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        JsonNode after = reopened.json();
        assertThat(after.path("status").asString()).isEqualTo("OPEN");
        assertThat(after.path("review").path("state").asString()).isEqualTo("NOT_DUE");
        JsonNode entry = after.path("log").get(after.path("log").size() - 1);
        assertThat(entry.path("text").asString()).isEqualTo("Reopened (was FILED)");
        assertThat(entry.path("rationale").asString()).isEqualTo("Forensic hit on the national database.");
    }

    @Test
    void theOfficerInChargeMayPutAnInvestigationPendingButNotReopenIt() {
        JsonNode pending = change(api.officer(), investigation, "PENDING_FURTHER_INFORMATION",
                "Waiting for the phone download.").json();
        assertThat(pending.path("status").asString()).isEqualTo("PENDING_FURTHER_INFORMATION");
        JsonNode filed = change(api.supervisor(), pending, "FILED", "Phone download shows nothing further.").json();

        assertThat(change(api.officer(), filed, "OPEN", "I want to look at it again.").status()).isEqualTo(403);
    }
}
