package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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

/** Bad input is refused with 400, naming every bad field, and nothing is stored. */
@PeelIntegrationTest
class InvestigationBadInputTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Investigations investigations;

    CasesApi api;

    @BeforeEach
    void setUp() {
        api = new CasesApi(port, accounts);
    }

    @Test
    void everyBadFieldOfANewInvestigationIsNamedAndNothingIsStored() {
        long before = investigations.count();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", " ");
        body.put("priority", "URGENT");
        body.put("officerInCharge", "nobody-by-this-name");
        body.put("supervisor", TestUsers.OFFICER);
        body.put("crimes", List.of(Map.of("crimeId", 999_999_999L, "flags", List.of("DOMESTIC_ABUSE", "SPOOKY"),
                "risk", "EXTREME")));
        body.put("occurrences", List.of(Map.of("type", "ALIEN_ABDUCTION", "occurredAt", "yesterday"),
                Map.of("type", "MISSING_PERSON_EPISODE", "occurredAt", "2026-01-01T10:00:00Z",
                        "summary", "Missing from home.", "risk", "HIGH")));
        body.put("people", List.of(Map.of("personId", 999_999_999L, "role", "BYSTANDER")));

        Api.Response refused = api.officer().post("/api/investigations", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("title", "priority", "officerInCharge",
                "supervisor", "crimes[0].crimeId", "crimes[0].flags[1]", "crimes[0].risk", "occurrences[0].type",
                "occurrences[0].occurredAt", "occurrences[0].summary", "occurrences[1].risk",
                "occurrences[1].missingEpisodeId", "people[0].personId", "people[0].role");
        assertThat(investigations.count()).isEqualTo(before);
    }

    @Test
    void anInvestigationMustGroupSomething() {
        Api.Response refused = api.officer().post("/api/investigations",
                CasesApi.investigation(TestUsers.OFFICER, TestUsers.SUPERVISOR));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("crimes");
    }

    @Test
    void aMissingBodyOrAnUnknownFieldIsRefused() {
        assertThat(api.officer().post("/api/investigations", "").status()).isEqualTo(400);
        Map<String, Object> body = CasesApi.with(CasesApi.investigation(TestUsers.OFFICER, TestUsers.SUPERVISOR),
                "occurrences", CasesApi.occurrence("SUDDEN_DEATH", null));
        body.put("colour", "blue");
        Api.Response unknown = api.officer().post("/api/investigations", body);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("colour");
    }

    @Test
    void everyBadFieldOfATaskIsNamedAndNothingIsStored() {
        JsonNode investigation = api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(TestUsers.OFFICER,
                TestUsers.SUPERVISOR), "occurrences", CasesApi.occurrence("SUDDEN_DEATH", null)));
        String path = "/api/investigations/" + investigation.path("id").asLong();

        Api.Response refused = api.officer().post(path + "/tasks", Map.of("title", "", "owner", "t.analyst",
                "dueAt", "next week", "priority", "SOON"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("title", "owner", "dueAt", "priority");
        assertThat(api.view(investigation.path("id").asLong()).path("tasks"))
                .hasSameSizeAs(investigation.path("tasks"));
    }

    @Test
    void changesWithoutAVersionOrReasonAreRefused() {
        JsonNode investigation = api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(TestUsers.OFFICER,
                TestUsers.SUPERVISOR), "occurrences", CasesApi.occurrence("SUDDEN_DEATH", null)));

        Api.Response refused = api.supervisor().put("/api/investigations/" + investigation.path("id").asLong(),
                Map.of("officerInCharge", TestUsers.SUPERVISOR));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("version", "reason");
        assertThat(api.view(investigation.path("id").asLong()).path("officerInCharge").asString())
                .isEqualTo(TestUsers.OFFICER);
    }

    @Test
    void anOccurrenceCannotHaveHappenedInTheFuture() {
        Map<String, Object> occurrence = CasesApi.occurrence("ANTI_SOCIAL_BEHAVIOUR", null);
        occurrence.put("occurredAt", "2999-01-01T10:00:00Z");

        Api.Response refused = api.officer().post("/api/investigations", CasesApi.with(
                CasesApi.investigation(TestUsers.OFFICER, TestUsers.SUPERVISOR), "occurrences", occurrence));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("occurrences[0].occurredAt");
    }

    @Test
    void anUnknownInvestigationIsNotFound() {
        assertThat(api.officer().get("/api/investigations/999999999").status()).isEqualTo(404);
    }
}
