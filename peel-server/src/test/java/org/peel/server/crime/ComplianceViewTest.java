package org.peel.server.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@PeelIntegrationTest
class ComplianceViewTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    CrimeApi api;

    @BeforeEach
    void setUp() {
        api = new CrimeApi(port);
    }

    private JsonNode incidentReportedHoursAgo(int hours, List<Long> victims) {
        return api.registerIncident(CrimeApi.incident(clock.instant().minus(Duration.ofHours(hours)), victims));
    }

    private JsonNode view() {
        Api.Response response = api.registrar().get("/api/crime/compliance?limit=1000");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<Long> ids(JsonNode list, String field) {
        List<Long> ids = new ArrayList<>();
        list.forEach(entry -> ids.add(entry.path(field).asLong()));
        return ids;
    }

    private static JsonNode entry(JsonNode list, String field, long id) {
        for (JsonNode entry : list) {
            if (entry.path(field).asLong() == id) {
                return entry;
            }
        }
        throw new AssertionError("no entry with " + field + " " + id + " in " + list);
    }

    @Test
    void incidentsAwaitingADecisionAreListedWithTheLeastTimeLeftFirst() {
        long soon = incidentReportedHoursAgo(20, List.of()).path("id").asLong();
        long later = incidentReportedHoursAgo(2, List.of()).path("id").asLong();

        JsonNode awaiting = view().path("awaitingDecision");

        List<Long> order = ids(awaiting, "incidentId");
        assertThat(order).contains(soon, later);
        assertThat(order.indexOf(soon)).isLessThan(order.indexOf(later));
        assertThat(entry(awaiting, "incidentId", soon).path("secondsLeft").asLong()).isBetween(4 * 3600L - 60, 4 * 3600L);
    }

    @Test
    void lateIncidentsAreListedLongestOverdueFirstAndAnIncidentBecomesLateWhenItsClockRunsOut() {
        long overdue = incidentReportedHoursAgo(50, List.of()).path("id").asLong();
        long justLate = incidentReportedHoursAgo(30, List.of()).path("id").asLong();
        long running = incidentReportedHoursAgo(20, List.of()).path("id").asLong();

        JsonNode before = view();
        List<Long> late = ids(before.path("late"), "incidentId");
        assertThat(late).contains(overdue, justLate).doesNotContain(running);
        assertThat(late.indexOf(overdue)).isLessThan(late.indexOf(justLate));
        assertThat(entry(before.path("late"), "incidentId", justLate).path("secondsLeft").asLong())
                .isBetween(-6 * 3600L - 60, -6 * 3600L);
        long lateCount = before.path("lateCount").asLong();

        clock.advance(Duration.ofHours(5));

        JsonNode after = view();
        assertThat(ids(after.path("late"), "incidentId")).contains(running);
        assertThat(ids(after.path("awaitingDecision"), "incidentId")).doesNotContain(running);
        assertThat(after.path("lateCount").asLong()).isGreaterThanOrEqualTo(lateCount + 1);
    }

    @Test
    void decidedIncidentsLeaveTheListsAndCrimesRecordedLateAreListed() {
        JsonNode lateIncident = incidentReportedHoursAgo(40, List.of(api.person("Nell")));
        JsonNode inTime = incidentReportedHoursAgo(1, List.of(api.person("Olga")));
        long lateCrime = api.recordCrimes(lateIncident.path("id").asLong(), CrimeApi.crimes(
                lateIncident.path("version").asLong(), "28E", clock.instant().minus(Duration.ofHours(41))))
                .get(0).path("id").asLong();
        long inTimeCrime = api.recordCrimes(inTime.path("id").asLong(), CrimeApi.crimes(
                inTime.path("version").asLong(), "28E", clock.instant().minus(Duration.ofHours(2))))
                .get(0).path("id").asLong();

        JsonNode view = view();

        assertThat(ids(view.path("late"), "incidentId")).doesNotContain(lateIncident.path("id").asLong());
        assertThat(ids(view.path("awaitingDecision"), "incidentId")).doesNotContain(inTime.path("id").asLong());
        assertThat(ids(view.path("recordedLate"), "crimeId")).contains(lateCrime).doesNotContain(inTimeCrime);
        JsonNode late = entry(view.path("recordedLate"), "crimeId", lateCrime);
        assertThat(late.path("secondsLate").asLong()).isBetween(16 * 3600L - 60, 16 * 3600L + 60);
        assertThat(late.path("category").asString()).isEqualTo("BURGLARY");
        JsonNode burglaryToday = null;
        for (JsonNode count : view.path("countsByDay")) {
            if (count.path("category").asString().equals("BURGLARY")
                    && count.path("day").asString().equals(view.path("to").asString())) {
                burglaryToday = count;
            }
        }
        assertThat(burglaryToday).isNotNull();
        assertThat(burglaryToday.path("recorded").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(burglaryToday.path("recordedLate").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void decisionsNotToRecordAreListedForAuditSampling() {
        JsonNode incident = incidentReportedHoursAgo(3, List.of());
        api.supervisor().post("/api/incidents/" + incident.path("id").asLong() + "/decision-not-to-record", Map.of(
                "version", incident.path("version").asLong(), "reasonCode", "DUPLICATE_REPORT",
                "rationale", "Same burglary already reported by the neighbour."));

        JsonNode view = view();

        JsonNode decision = entry(view.path("notRecorded"), "incidentId", incident.path("id").asLong());
        assertThat(decision.path("reasonCode").asString()).isEqualTo("DUPLICATE_REPORT");
        assertThat(decision.path("reasonTitle").asString()).startsWith("Duplicate report");
        assertThat(decision.path("rationale").asString()).contains("neighbour");
        assertThat(view.path("notRecordedCount").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(ids(view.path("awaitingDecision"), "incidentId")).doesNotContain(incident.path("id").asLong());
    }

    @Test
    void officersCannotSeeTheComplianceViewButSupervisorsCan() {
        assertThat(api.officer().get("/api/crime/compliance").status()).isEqualTo(403);
        assertThat(api.supervisor().get("/api/crime/compliance").status()).isEqualTo(200);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        Api.Response refused = api.registrar().get("/api/crime/compliance?from=2026-03-10&to=2026-03-01");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("from");
    }
}
