package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.UserAccounts;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Unassessed domestic abuse, unreferred concerns for children and high-risk cases without MARAC, oldest first. */
@PeelIntegrationTest
class SafeguardingViewTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MutableClock clock;

    CasesApi api;

    @BeforeEach
    void setUp() {
        // Whole seconds: the database keeps microseconds, and a rounded time would shift day counts.
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        api = new CasesApi(port, accounts);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JsonNode open(String occurrenceType) {
        return api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(TestUsers.OFFICER,
                TestUsers.SUPERVISOR), "occurrences", CasesApi.occurrence(occurrenceType, null)));
    }

    private List<JsonNode> waitingIn(JsonNode investigation) {
        Api.Response view = api.supervisor().get("/api/investigations/safeguarding?limit=1000");
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        List<JsonNode> mine = new ArrayList<>();
        view.json().path("waiting").forEach(item -> {
            if (item.path("investigationId").asLong() == investigation.path("id").asLong()) {
                mine.add(item);
            }
        });
        return mine;
    }

    @Test
    void domesticAbuseWithoutACompletedRiskAssessmentWaitsOldestFirstWithItsWaitingTime() {
        JsonNode older = open("DOMESTIC_INCIDENT");
        clock.advance(Duration.ofDays(3));
        JsonNode newer = open("DOMESTIC_INCIDENT");
        clock.advance(Duration.ofHours(5));

        JsonNode view = api.supervisor().get("/api/investigations/safeguarding?limit=1000").json();

        List<Long> order = new ArrayList<>();
        view.path("waiting").forEach(item -> order.add(item.path("investigationId").asLong()));
        assertThat(order.indexOf(older.path("id").asLong())).isLessThan(order.indexOf(newer.path("id").asLong()));
        JsonNode olderItem = waitingIn(older).get(0);
        assertThat(olderItem.path("ruleCode").asString()).isEqualTo("DOMESTIC_ABUSE_RISK_ASSESSMENT");
        assertThat(olderItem.path("awaiting").asString()).isEqualTo("Complete a domestic abuse risk assessment");
        assertThat(olderItem.path("daysWaited").asLong()).isEqualTo(3);
        assertThat(olderItem.path("hoursWaited").asLong()).isEqualTo(77);
        assertThat(olderItem.path("state").asString()).isEqualTo("OVERDUE");
        assertThat(waitingIn(newer).get(0).path("hoursWaited").asLong()).isEqualTo(5);
        assertThat(view.path("counts").findValuesAsString("ruleCode")).containsExactly(
                "DOMESTIC_ABUSE_RISK_ASSESSMENT", "CHILDRENS_SOCIAL_CARE_REFERRAL", "MARAC_REFERRAL");
    }

    @Test
    void aCompletedRiskAssessmentLeavesTheView() {
        JsonNode investigation = open("DOMESTIC_INCIDENT");
        JsonNode task = CasesApi.tasksOfRule(investigation, "DOMESTIC_ABUSE_RISK_ASSESSMENT").get(0);
        assertThat(waitingIn(investigation)).hasSize(1);

        Api.Response done = api.officer().post("/api/investigations/" + investigation.path("id").asLong() + "/tasks/"
                + task.path("id").asLong() + "/completion", Map.of("version", task.path("version").asLong(),
                "result", "DASH completed with the victim: standard risk."));

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(waitingIn(investigation)).isEmpty();
    }

    @Test
    void aConcernForAChildWithoutAReferralIsListed() {
        JsonNode investigation = open("CONCERN_FOR_CHILD");

        List<JsonNode> waiting = waitingIn(investigation);

        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).path("ruleCode").asString()).isEqualTo("CHILDRENS_SOCIAL_CARE_REFERRAL");
        assertThat(waiting.get(0).path("about").asString()).contains("concern for a child");
    }

    @Test
    void highRiskDomesticAbuseWithoutAMaracReferralIsListed() {
        JsonNode investigation = api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(TestUsers.OFFICER,
                TestUsers.SUPERVISOR), "crimes", CasesApi.crimeLink(api.crime().path("id").asLong(),
                List.of("DOMESTIC_ABUSE"), "HIGH")));

        List<String> rules = waitingIn(investigation).stream().map(item -> item.path("ruleCode").asString()).toList();

        assertThat(rules).containsExactlyInAnyOrder("DOMESTIC_ABUSE_RISK_ASSESSMENT", "MARAC_REFERRAL");
    }

    @Test
    void workThatIsNotSafeguardingIsNotListed() {
        JsonNode investigation = open("ANTI_SOCIAL_BEHAVIOUR");

        assertThat(CasesApi.tasksOfRule(investigation, "CONTACT_VICTIM")).hasSize(1);
        assertThat(waitingIn(investigation)).isEmpty();
    }
}
