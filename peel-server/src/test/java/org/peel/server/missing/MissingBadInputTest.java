package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Every kind of bad input is answered 400 with problem details naming the fields, and stores nothing. */
@PeelIntegrationTest
class MissingBadInputTest {

    private static final List<String> TABLES = List.of("missing_episode", "missing_risk_assessment",
            "missing_information", "audit_entry", "change_log");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    MissingApi api;
    long personId;
    JsonNode episode;
    Map<String, Long> before;

    @BeforeEach
    void setUp() {
        api = new MissingApi(port);
        personId = api.adult();
        episode = api.report(MissingApi.report(personId, clock.instant().minus(Duration.ofHours(2)), "MEDIUM"));
        before = counts();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()));
        counts.put("episode version", episode == null ? 0 : jdbc.sql("SELECT version FROM missing_episode WHERE id = :id")
                .param("id", episode.path("id").asLong()).query(Long.class).single());
        return counts;
    }

    private void assertRefused(Api.Response response, String... fields) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.errorFields()).containsExactlyInAnyOrder(fields);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(counts()).isEqualTo(before);
    }

    private String path(String tail) {
        return "/api/missing/episodes/" + episode.path("id").asLong() + tail;
    }

    private Map<String, Object> report() {
        return MissingApi.report(personId, clock.instant().minus(Duration.ofHours(2)), "LOW");
    }

    @Test
    void aReportForAPersonNotOnRecordIsRefused() {
        Map<String, Object> report = report();
        report.put("personId", 987654321L);
        assertRefused(api.officer().post("/api/missing/episodes", report), "personId");
    }

    @Test
    void aReportWithoutItsRequiredFieldsNamesEachOne() {
        Map<String, Object> report = report();
        report.remove("personId");
        report.remove("lastSeenAt");
        report.remove("lastSeenPlace");
        report.remove("circumstances");
        report.remove("reportedBy");
        report.remove("reporterContact");
        report.remove("risk");
        assertRefused(api.officer().post("/api/missing/episodes", report), "personId", "lastSeenAt", "lastSeenPlace",
                "circumstances", "reportedBy", "reporterContact", "risk");
    }

    @Test
    void aReportWithABadPostcodeTimeAndGradeNamesEachOne() {
        Map<String, Object> report = report();
        report.put("lastSeenPostcode", "NOT A POSTCODE");
        report.put("lastSeenAt", "yesterday teatime");
        report.put("risk", Map.of("grade", "SEVERE", "riskFactors", List.of("OUT_OF_CHARACTER", "UNHAPPY"),
                "rationale", "short"));
        assertRefused(api.officer().post("/api/missing/episodes", report), "lastSeenPostcode", "lastSeenAt",
                "risk.grade", "risk.riskFactors[1]", "risk.rationale");
    }

    @Test
    void aLastSeenTimeInTheFutureIsRefused() {
        Map<String, Object> report = report();
        report.put("lastSeenAt", clock.instant().plus(Duration.ofHours(3)).toString());
        assertRefused(api.officer().post("/api/missing/episodes", report), "lastSeenAt");
    }

    @Test
    void aChildFlagThatContradictsTheDateOfBirthIsRefused() {
        Map<String, Object> report = report();
        report.put("child", true);
        assertRefused(api.officer().post("/api/missing/episodes", report), "child");
    }

    @Test
    void aPersonWithoutADateOfBirthNeedsTheChildFlag() {
        Map<String, Object> report = MissingApi.report(api.personBorn(null), clock.instant().minus(Duration.ofHours(1)),
                "LOW");
        before = counts();
        assertRefused(api.officer().post("/api/missing/episodes", report), "child");
    }

    @Test
    void malformedJsonIsRefused() {
        assertRefused(api.officer().post("/api/missing/episodes", "{\"personId\": "), "body");
    }

    @Test
    void anUnknownFieldIsRefused() {
        Map<String, Object> report = report();
        report.put("favouriteColour", "blue");
        assertRefused(api.officer().post("/api/missing/episodes", report), "favouriteColour");
    }

    @Test
    void anAssessmentWithoutVersionGradeOrRationaleNamesEachOne() {
        assertRefused(api.officer().post(path("/assessments"), Map.of("riskFactors", List.of())), "version", "grade",
                "rationale");
    }

    @Test
    void aLineOfEnquiryWithoutSourceOrTimeIsRefused() {
        assertRefused(api.officer().post(path("/enquiries"), Map.of("learned", "Not at the grandmother's flat.")),
                "source", "obtainedAt");
    }

    @Test
    void aSightingWithoutAPlaceOrBeforeTheLastSightingIsRefused() {
        Map<String, Object> sighting = MissingApi.information(clock.instant().minus(Duration.ofDays(2)));
        sighting.remove("place");
        assertRefused(api.officer().post(path("/sightings"), sighting), "place", "obtainedAt");
    }

    @Test
    void aClosureWithAnUnknownOutcomeIsRefused() {
        assertRefused(api.officer().post(path("/closure"), Map.of("version", episode.path("version").asLong(),
                "outcome", "GONE")), "outcome");
    }

    @Test
    void aFoundClosureNeedsWhenWhereByWhomAndCondition() {
        assertRefused(api.officer().post(path("/closure"), Map.of("version", episode.path("version").asLong(),
                "outcome", "FOUND")), "at", "place", "by", "condition");
    }

    @Test
    void aClosureAsNotMissingOrDeceasedNeedsAReason() {
        assertRefused(api.officer().post(path("/closure"), Map.of("version", episode.path("version").asLong(),
                "outcome", "NOT_MISSING")), "reason");
        assertRefused(api.officer().post(path("/closure"), Map.of("version", episode.path("version").asLong(),
                "outcome", "FOUND_DECEASED", "at", clock.instant().toString(), "place", "Canal towpath",
                "by", "PC 1234 Smith")), "reason");
    }

    @Test
    void aReturnInterviewOnAnOpenEpisodeIsRefused() {
        assertRefused(api.officer().post(path("/return-interview"),
                MissingApi.interview(episode.path("version").asLong(), clock.instant())), "episode");
    }

    @Test
    void aConfirmationWithoutVersionIsRefused() {
        assertRefused(api.supervisor().post(MissingApi.confirmationPath(episode), Map.of("note", "ok")), "version");
    }
}
