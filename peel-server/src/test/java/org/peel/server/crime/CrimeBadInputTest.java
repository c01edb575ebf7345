package org.peel.server.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Every kind of bad input is answered 400 with problem details naming each field, and stores nothing. */
@PeelIntegrationTest
class CrimeBadInputTest {

    private static final List<String> TABLES = List.of("incident", "incident_victim", "crime", "crime_suspect",
            "crime_event", "audit_entry", "change_log");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    CrimeApi api;
    Map<String, Long> before;

    @BeforeEach
    void setUp() {
        api = new CrimeApi(port);
    }

    private void countRows() {
        before = new LinkedHashMap<>();
        TABLES.forEach(table -> before.put(table, count(table)));
        before.put("counters", jdbc.sql("SELECT COALESCE(SUM(last_number), 0) FROM crime_reference_counter")
                .query(Long.class).single());
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private void assertRefused(Api.Response response, String... fields) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.errorFields()).containsExactlyInAnyOrder(fields);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        TABLES.forEach(table -> assertThat(count(table)).as(table).isEqualTo(before.get(table)));
        assertThat(jdbc.sql("SELECT COALESCE(SUM(last_number), 0) FROM crime_reference_counter")
                .query(Long.class).single()).as("reference counters").isEqualTo(before.get("counters"));
    }

    private Api.Response register(Map<String, Object> body) {
        countRows();
        return api.officer().post("/api/incidents", body);
    }

    private Map<String, Object> incident() {
        return CrimeApi.incident(Instant.now().minusSeconds(600), List.of());
    }

    @Test
    void anIncidentNamingAnUnknownVictimIsRefused() {
        Map<String, Object> body = incident();
        body.put("victimIds", List.of(api.person("Ida"), 999_999_999L));

        assertRefused(register(body), "victimIds[1]");
    }

    @Test
    void anIncidentNamingAnUnknownReporterIsRefused() {
        Map<String, Object> body = incident();
        body.put("reportingPersonId", 999_999_998L);

        assertRefused(register(body), "reportingPersonId");
    }

    @Test
    void anIncidentWithoutAnAccountOrAPlaceOrAChannelIsRefusedNamingEachField() {
        Map<String, Object> body = incident();
        body.remove("account");
        body.remove("location");
        body.put("channel", "CARRIER_PIGEON");

        assertRefused(register(body), "account", "location", "channel");
    }

    @Test
    void anIncidentWithAMalformedPostcodeIsRefused() {
        Map<String, Object> body = incident();
        body.put("location", Map.of("lines", "1 Any Road", "postcode", "XYZ 123"));

        assertRefused(register(body), "location.postcode");
    }

    @Test
    void anIncidentReportedInTheFutureIsRefused() {
        Map<String, Object> body = incident();
        body.put("reportedAt", Instant.now().plus(Duration.ofDays(2)).toString());

        assertRefused(register(body), "reportedAt");
    }

    @Test
    void anIncidentWithAnUnreadableTimeIsRefused() {
        Map<String, Object> body = incident();
        body.put("reportedAt", "yesterday teatime");

        assertRefused(register(body), "reportedAt");
    }

    @Test
    void malformedJsonIsRefused() {
        countRows();
        assertRefused(api.officer().post("/api/incidents", "{\"account\": \"broken"), "body");
    }

    @Test
    void anUnknownFieldIsRefused() {
        Map<String, Object> body = incident();
        body.put("severity", "high");

        assertRefused(register(body), "severity");
    }

    @Test
    void aCrimeWithAnUnknownOffenceCodeIsRefused() {
        JsonNode incident = api.registerIncident(CrimeApi.incident(Instant.now().minusSeconds(600),
                List.of(api.person("Jo"))));
        countRows();

        assertRefused(api.officer().post("/api/incidents/" + incident.path("id").asLong() + "/crimes",
                        CrimeApi.crimes(incident.path("version").asLong(), "ZZ9", Instant.now().minusSeconds(900))),
                "offenceCode");
    }

    @Test
    void aCrimeWithoutAVictimIsRefused() {
        JsonNode incident = api.registerIncident(incident());
        countRows();

        assertRefused(api.officer().post("/api/incidents/" + incident.path("id").asLong() + "/crimes",
                        CrimeApi.crimes(incident.path("version").asLong(), "8N", Instant.now().minusSeconds(900))),
                "victimIds");
    }

    @Test
    void aCrimeNamingAnUnknownSuspectIsRefused() {
        JsonNode incident = api.registerIncident(CrimeApi.incident(Instant.now().minusSeconds(600),
                List.of(api.person("Kay"))));
        Map<String, Object> body = CrimeApi.crimes(incident.path("version").asLong(), "8N",
                Instant.now().minusSeconds(900));
        body.put("suspectIds", List.of(999_999_997L));
        countRows();

        assertRefused(api.officer().post("/api/incidents/" + incident.path("id").asLong() + "/crimes", body),
                "suspectIds[0]");
    }

    @Test
    void aCrimeEndingBeforeItStartsIsRefused() {
        JsonNode incident = api.registerIncident(CrimeApi.incident(Instant.now().minusSeconds(600),
                List.of(api.person("Lia"))));
        Map<String, Object> body = CrimeApi.crimes(incident.path("version").asLong(), "8N",
                Instant.now().minusSeconds(900));
        body.put("committedTo", Instant.now().minusSeconds(7200).toString());
        countRows();

        assertRefused(api.officer().post("/api/incidents/" + incident.path("id").asLong() + "/crimes", body),
                "committedTo");
    }

    @Test
    void aCrimeCommittedInTheFutureAndWithoutAVersionIsRefusedNamingBoth() {
        JsonNode incident = api.registerIncident(CrimeApi.incident(Instant.now().minusSeconds(600),
                List.of(api.person("Mo"))));
        Map<String, Object> body = CrimeApi.crimes(0, "8N", Instant.now().plus(Duration.ofDays(1)));
        body.remove("version");
        body.remove("committedTo");
        countRows();

        assertRefused(api.officer().post("/api/incidents/" + incident.path("id").asLong() + "/crimes", body),
                "version", "committedFrom");
    }

    @Test
    void anOutcomeWithoutItsRequiredFieldsIsRefused() {
        JsonNode crime = api.crime("8N");
        countRows();

        assertRefused(api.supervisor().post("/api/crimes/" + crime.path("id").asLong() + "/outcome", Map.of(
                        "version", crime.path("version").asLong(), "outcomeCode", "16", "rationale", "Withdrawn.")),
                "suspectIds", "victimView");
    }

    @Test
    void anUnknownOutcomeTypeIsRefused() {
        JsonNode crime = api.crime("8N");
        countRows();

        assertRefused(api.supervisor().post("/api/crimes/" + crime.path("id").asLong() + "/outcome", Map.of(
                "version", crime.path("version").asLong(), "outcomeCode", "99")), "outcomeCode", "rationale");
    }

    @Test
    void aCancellationWithAReasonNotInTheCountingRulesIsRefused() {
        JsonNode crime = api.crime("46");
        countRows();

        assertRefused(api.registrar().post("/api/crimes/" + crime.path("id").asLong() + "/cancellation", Map.of(
                "version", crime.path("version").asLong(), "reasonCode", "BORED", "rationale", "Too much work.")),
                "reasonCode");
    }

    @Test
    void aReclassificationToAnUnknownOffenceIsRefused() {
        JsonNode crime = api.crime("46");
        countRows();

        assertRefused(api.officer().post("/api/crimes/" + crime.path("id").asLong() + "/reclassification", Map.of(
                "version", crime.path("version").asLong(), "offenceCode", "46X")), "offenceCode", "reason");
    }

    @Test
    void aDecisionNotToRecordWithoutARationaleIsRefused() {
        JsonNode incident = api.registerIncident(incident());
        countRows();

        assertRefused(api.supervisor().post("/api/incidents/" + incident.path("id").asLong()
                        + "/decision-not-to-record", Map.of("version", incident.path("version").asLong(),
                        "reasonCode", "MADE_UP")),
                "reasonCode", "rationale");
    }
}
