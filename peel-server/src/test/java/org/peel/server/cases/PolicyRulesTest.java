package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peel.server.access.UserAccounts;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Each policy rule of reference/policy-rules.csv creates its task, once; a bad rules file stops start-up. */
@PeelIntegrationTest
class PolicyRulesTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    CaseReferenceData referenceData;

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

    private JsonNode openWithCrime(long crimeId, List<String> flags, String risk) {
        return api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(TestUsers.OFFICER,
                TestUsers.SUPERVISOR), "crimes", CasesApi.crimeLink(crimeId, flags, risk)));
    }

    private static void assertDueWithin(JsonNode task, Instant from, Duration within) {
        Instant due = Instant.parse(task.path("dueAt").asString());
        assertThat(Duration.between(from, due)).isBetween(within.minusSeconds(5), within.plusSeconds(5));
    }

    @Test
    void everyNewInvestigationGetsContactTheVictimWithin48Hours() {
        Instant before = clock.instant();

        JsonNode investigation = openWithCrime(api.crime().path("id").asLong(), List.of(), null);

        List<JsonNode> tasks = CasesApi.tasksOfRule(investigation, "CONTACT_VICTIM");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("title").asString()).startsWith("Contact the victim");
        assertThat(tasks.get(0).path("owner").asString()).isEqualTo(TestUsers.OFFICER);
        assertDueWithin(tasks.get(0), before, Duration.ofHours(48));
    }

    @Test
    void aCrimeFlaggedDomesticAbuseGetsARiskAssessmentWithin24Hours() {
        Instant before = clock.instant();

        JsonNode investigation = openWithCrime(api.crime().path("id").asLong(), List.of("DOMESTIC_ABUSE"), null);

        List<JsonNode> tasks = CasesApi.tasksOfRule(investigation, "DOMESTIC_ABUSE_RISK_ASSESSMENT");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("title").asString()).isEqualTo("Complete a domestic abuse risk assessment");
        assertDueWithin(tasks.get(0), before, Duration.ofHours(24));
        assertThat(CasesApi.tasksOfRule(investigation, "MARAC_REFERRAL")).isEmpty();
        assertThat(CasesApi.tasksOfRule(investigation, "CHILDRENS_SOCIAL_CARE_REFERRAL")).isEmpty();
    }

    @Test
    void aDomesticIncidentThatIsNotACrimeGetsARiskAssessmentToo() {
        JsonNode investigation = api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(TestUsers.OFFICER,
                TestUsers.SUPERVISOR), "occurrences", CasesApi.occurrence("DOMESTIC_INCIDENT", null)));

        assertThat(CasesApi.tasksOfRule(investigation, "DOMESTIC_ABUSE_RISK_ASSESSMENT")).hasSize(1);
    }

    @Test
    void aCrimeAgainstAChildGetsAReferralToChildrensSocialCareWithin24Hours() {
        Instant before = clock.instant();
        long child = api.person(LocalDate.now().minusYears(12).toString());

        JsonNode investigation = openWithCrime(api.crime(child, "8N").path("id").asLong(), List.of(), null);

        assertThat(investigation.path("crimes").get(0).path("flags").toString()).contains("CHILD");
        List<JsonNode> tasks = CasesApi.tasksOfRule(investigation, "CHILDRENS_SOCIAL_CARE_REFERRAL");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("title").asString()).isEqualTo("Refer to children's social care");
        assertDueWithin(tasks.get(0), before, Duration.ofHours(24));
    }

    @Test
    void aCrimeAgainstAnAdultGetsNoReferralToChildrensSocialCare() {
        JsonNode investigation = openWithCrime(api.crime().path("id").asLong(), List.of(), null);

        assertThat(investigation.path("crimes").get(0).path("flags").toString()).doesNotContain("CHILD");
        assertThat(CasesApi.tasksOfRule(investigation, "CHILDRENS_SOCIAL_CARE_REFERRAL")).isEmpty();
    }

    @Test
    void aConcernForAChildGetsAReferralToChildrensSocialCare() {
        JsonNode investigation = api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(TestUsers.OFFICER,
                TestUsers.SUPERVISOR), "occurrences", CasesApi.occurrence("CONCERN_FOR_CHILD", null)));

        assertThat(CasesApi.tasksOfRule(investigation, "CHILDRENS_SOCIAL_CARE_REFERRAL")).hasSize(1);
    }

    @Test
    void highRiskDomesticAbuseGetsAMaracReferralWhenTheRiskIsSetAfterTheAssessment() {
        JsonNode investigation = openWithCrime(api.crime().path("id").asLong(), List.of("DOMESTIC_ABUSE"), null);
        long id = investigation.path("id").asLong();
        long crimeId = investigation.path("crimes").get(0).path("crimeId").asLong();
        assertThat(CasesApi.tasksOfRule(investigation, "MARAC_REFERRAL")).isEmpty();

        Api.Response flagged = api.officer().put("/api/investigations/" + id + "/crimes/" + crimeId, Map.of(
                "version", investigation.path("version").asLong(), "flags", List.of("DOMESTIC_ABUSE"), "risk", "HIGH"));

        assertThat(flagged.status()).as(flagged.toString()).isEqualTo(200);
        List<JsonNode> tasks = CasesApi.tasksOfRule(flagged.json(), "MARAC_REFERRAL");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("title").asString()).contains("MARAC");
        assertThat(CasesApi.tasksOfRule(flagged.json(), "DOMESTIC_ABUSE_RISK_ASSESSMENT")).hasSize(1);
    }

    @Test
    void aHighRiskMissingPersonGetsASupervisorReviewEveryHour() {
        long episode = api.missingEpisode("HIGH");
        Instant before = clock.instant();
        JsonNode investigation = api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(TestUsers.OFFICER,
                TestUsers.SUPERVISOR), "occurrences", CasesApi.occurrence("MISSING_PERSON_EPISODE", episode)));
        List<JsonNode> tasks = CasesApi.tasksOfRule(investigation, "HIGH_RISK_MISSING_REVIEW");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("owner").asString()).isEqualTo(TestUsers.SUPERVISOR);
        assertDueWithin(tasks.get(0), before, Duration.ofHours(1));

        clock.advance(Duration.ofMinutes(50));
        Api.Response done = api.supervisor().post("/api/investigations/" + investigation.path("id").asLong()
                + "/tasks/" + tasks.get(0).path("id").asLong() + "/completion", Map.of(
                "version", tasks.get(0).path("version").asLong(), "result", "Reviewed: lines of enquiry on track."));

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        List<JsonNode> after = CasesApi.tasksOfRule(done.json(), "HIGH_RISK_MISSING_REVIEW");
        assertThat(after).hasSize(2);
        assertThat(after.get(1).path("state").asString()).isEqualTo("OPEN");
        assertDueWithin(after.get(1), clock.instant(), Duration.ofHours(1));
    }

    @Test
    void aMissingPersonAtLowRiskGetsNoHourlyReview() {
        long episode = api.missingEpisode("LOW");

        JsonNode investigation = api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(TestUsers.OFFICER,
                TestUsers.SUPERVISOR), "occurrences", CasesApi.occurrence("MISSING_PERSON_EPISODE", episode)));

        assertThat(CasesApi.tasksOfRule(investigation, "HIGH_RISK_MISSING_REVIEW")).isEmpty();
    }

    @Test
    void aRuleFiresOnceForEachThingItAppliesTo() {
        JsonNode investigation = openWithCrime(api.crime().path("id").asLong(), List.of("DOMESTIC_ABUSE"), null);
        long id = investigation.path("id").asLong();
        long crimeId = investigation.path("crimes").get(0).path("crimeId").asLong();

        Api.Response again = api.officer().put("/api/investigations/" + id + "/crimes/" + crimeId, Map.of(
                "version", investigation.path("version").asLong(), "flags", List.of("DOMESTIC_ABUSE", "HATE")));
        Map<String, Object> second = CasesApi.crimeLink(api.crime().path("id").asLong(), List.of("DOMESTIC_ABUSE"),
                null);
        second.put("version", again.json().path("version").asLong());
        Api.Response withSecond = api.officer().post("/api/investigations/" + id + "/crimes", second);

        assertThat(withSecond.status()).as(withSecond.toString()).isEqualTo(201);
        assertThat(CasesApi.tasksOfRule(withSecond.json(), "DOMESTIC_ABUSE_RISK_ASSESSMENT")).hasSize(2);
        assertThat(CasesApi.tasksOfRule(withSecond.json(), "CONTACT_VICTIM")).hasSize(1);
    }

    @Test
    void theRulesAreReadFromTheReferenceFileAndListedByTheApi() {
        Api.Response rules = api.officer().get("/api/investigations/reference/policy-rules");

        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.json().findValuesAsString("code")).containsExactly("CONTACT_VICTIM",
                "DOMESTIC_ABUSE_RISK_ASSESSMENT", "CHILDRENS_SOCIAL_CARE_REFERRAL", "MARAC_REFERRAL",
                "HIGH_RISK_MISSING_REVIEW");
    }

    private List<PolicyRule> parse(String text) throws Exception {
        return PolicyRules.parse("test-rules.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                referenceData);
    }

    @Test
    void aRulesFileIsReadWithItsConditionsTimesAndOwners() throws Exception {
        List<PolicyRule> rules = parse(PolicyRules.HEADER + "\n# a comment\n\n"
                + "A,CRIME,flag:DOMESTIC_ABUSE & risk:HIGH & category:VIOLENCE_AGAINST_THE_PERSON,30m,2d,SUPERVISOR,Y,"
                + "Do this, then that\n");

        assertThat(rules).hasSize(1);
        PolicyRule rule = rules.get(0);
        assertThat(rule.condition()).hasSize(3);
        assertThat(rule.dueWithin()).isEqualTo(Duration.ofMinutes(30));
        assertThat(rule.repeatEvery()).isEqualTo(Duration.ofDays(2));
        assertThat(rule.owner()).isEqualTo(PolicyRule.Owner.SUPERVISOR);
        assertThat(rule.safeguarding()).isTrue();
        assertThat(rule.task()).isEqualTo("Do this, then that");
        assertThat(rule.line()).isEqualTo(4);
    }

    @Test
    void aBadLineIsRefusedNamingTheLine() {
        String good = "A,INVESTIGATION,,48h,,OFFICER_IN_CHARGE,N,Contact the victim\n";
        assertThatThrownBy(() -> parse(PolicyRules.HEADER + "\n" + good + "B,CRIME,flag:NOT_A_FLAG,24h,,"
                + "OFFICER_IN_CHARGE,Y,Something\n"))
                .hasMessageContaining("test-rules.csv line 3").hasMessageContaining("NOT_A_FLAG");
        assertThatThrownBy(() -> parse(PolicyRules.HEADER + "\n" + good + "C,CRIME,,tomorrow,,OFFICER_IN_CHARGE,N,X\n"))
                .hasMessageContaining("line 3").hasMessageContaining("due_within");
        assertThatThrownBy(() -> parse(PolicyRules.HEADER + "\n" + good + "D,CRIME,,24h,,SERGEANT,N,X\n"))
                .hasMessageContaining("line 3").hasMessageContaining("owner");
        assertThatThrownBy(() -> parse(PolicyRules.HEADER + "\n" + good + "E,CRIME,,24h\n"))
                .hasMessageContaining("line 3").hasMessageContaining("fields");
        assertThatThrownBy(() -> parse(PolicyRules.HEADER + "\n" + good + good))
                .hasMessageContaining("line 3").hasMessageContaining("code A");
        assertThatThrownBy(() -> parse(PolicyRules.HEADER + "\n" + good
                + "F,INVESTIGATION,type:CONCERN_FOR_CHILD,24h,,OFFICER_IN_CHARGE,N,X\n"))
                .hasMessageContaining("line 3").hasMessageContaining("cannot hold");
        assertThatThrownBy(() -> parse("code,when\n" + good)).hasMessageContaining("line 1");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CasesProperties.class)
    @Import({CaseReferenceData.class, PolicyRules.class})
    static class RulesOnly {
    }

    @Test
    void aBadRulesFileStopsStartUpWithAMessageNamingTheLine(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("policy-rules.csv");
        Files.writeString(file, PolicyRules.HEADER + "\nCONTACT_VICTIM,INVESTIGATION,,48 hours,,OFFICER_IN_CHARGE,N,"
                + "Contact the victim\n");

        new ApplicationContextRunner().withUserConfiguration(RulesOnly.class)
                .withPropertyValues("peel.cases.policy-rules=file:" + file)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessage("The policy rules file file:" + file + " line 2: due_within '48 hours' must be"
                                    + " a time such as 30m, 24h or 7d");
                });
    }

    @Test
    void theShippedRulesFileStartsUp() {
        new ApplicationContextRunner().withUserConfiguration(RulesOnly.class)
                .run(context -> assertThat(context.getBean(PolicyRules.class).all()).hasSize(5));
    }
}
