package org.peel.server.crime;

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
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@PeelIntegrationTest
class CrimeRecordingTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    CrimeApi api;

    @BeforeEach
    void setUp() {
        api = new CrimeApi(port);
    }

    @Test
    void aCrimeRelatedIncidentIsRegisteredWithAReferenceAndARunningClock() {
        Instant reported = clock.instant().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonNode incident = api.registerIncident(CrimeApi.incident(reported, List.of(api.person("Ann"))));

        assertThat(incident.path("reference").asString()).matches("INC-\\d{4}-\\d{6}");
        assertThat(incident.path("location").path("postcode").asString()).isEqualTo("B11 4AB");
        JsonNode clockJson = incident.path("clock");
        assertThat(clockJson.path("state").asString()).isEqualTo("AWAITING_DECISION");
        assertThat(clockJson.path("late").asBoolean()).isFalse();
        assertThat(Instant.parse(clockJson.path("deadline").asString())).isEqualTo(reported.plus(Duration.ofHours(24)));
        assertThat(clockJson.path("secondsLeft").asLong()).isBetween(21 * 3600L, 22 * 3600L);
    }

    @Test
    void incidentReferencesAreSequentialWithinTheYear() {
        JsonNode first = api.registerIncident(CrimeApi.incident(clock.instant(), List.of()));
        JsonNode second = api.registerIncident(CrimeApi.incident(clock.instant(), List.of()));

        String a = first.path("reference").asString();
        String b = second.path("reference").asString();
        assertThat(a.substring(0, 9)).isEqualTo(b.substring(0, 9));
        assertThat(Long.parseLong(b.substring(9))).isGreaterThan(Long.parseLong(a.substring(9)));
    }

    @Test
    void anIncidentNotFlaggedAsCrimeRelatedHasNoClock() {
        Map<String, Object> body = CrimeApi.incident(clock.instant(), List.of());
        body.put("crimeRelated", false);

        JsonNode incident = api.registerIncident(body);

        assertThat(incident.path("clock").path("state").asString()).isEqualTo("NOT_CRIME_RELATED");
        assertThat(incident.path("clock").path("secondsLeft").isNull()).isTrue();
    }

    @Test
    void aCrimeRecordedWithinTheClockIsNotLate() {
        Instant reported = clock.instant().minus(Duration.ofHours(3));
        long victim = api.person("Beth");
        JsonNode incident = api.registerIncident(CrimeApi.incident(reported, List.of(victim)));

        JsonNode crime = api.recordCrimes(incident.path("id").asLong(), CrimeApi.crimes(
                incident.path("version").asLong(), "8N", reported.minus(Duration.ofMinutes(30)))).get(0);

        assertThat(crime.path("reference").asString()).matches("CRM-\\d{4}-\\d{6}");
        assertThat(crime.path("offence").path("code").asString()).isEqualTo("8N");
        assertThat(crime.path("offence").path("category").asString()).isEqualTo("VIOLENCE_AGAINST_THE_PERSON");
        assertThat(crime.path("victimId").asLong()).isEqualTo(victim);
        assertThat(crime.path("status").asString()).isEqualTo("OPEN");
        assertThat(crime.path("recordedLate").asBoolean()).isFalse();
        assertThat(crime.path("recordedBy").asString()).isEqualTo(TestUsers.OFFICER);
        JsonNode after = api.officer().get("/api/incidents/" + incident.path("id").asLong()).json();
        assertThat(after.path("clock").path("state").asString()).isEqualTo("CRIME_RECORDED");
        assertThat(after.path("clock").path("late").asBoolean()).isFalse();
        assertThat(after.path("crimes").get(0).path("reference").asString())
                .isEqualTo(crime.path("reference").asString());
    }

    @Test
    void anIncidentWhoseClockRunsOutWithoutADecisionIsLate() {
        JsonNode incident = api.registerIncident(CrimeApi.incident(clock.instant(), List.of(api.person("Cara"))));
        long id = incident.path("id").asLong();

        clock.advance(Duration.ofHours(23));
        assertThat(api.officer().get("/api/incidents/" + id).json().path("clock").path("state").asString())
                .isEqualTo("AWAITING_DECISION");

        clock.advance(Duration.ofHours(2));
        JsonNode late = api.officer().get("/api/incidents/" + id).json().path("clock");
        assertThat(late.path("state").asString()).isEqualTo("LATE");
        assertThat(late.path("late").asBoolean()).isTrue();
        assertThat(late.path("secondsLeft").asLong()).isBetween(-3601L, -3599L);
    }

    @Test
    void aCrimeRecordedAfterTheClockRanOutIsRecordedLate() {
        Instant reported = clock.instant();
        JsonNode incident = api.registerIncident(CrimeApi.incident(reported, List.of(api.person("Dina"))));
        clock.advance(Duration.ofHours(30));

        JsonNode crime = api.recordCrimes(incident.path("id").asLong(), CrimeApi.crimes(
                incident.path("version").asLong(), "105A", reported.minus(Duration.ofHours(1)))).get(0);

        assertThat(crime.path("recordedLate").asBoolean()).isTrue();
        assertThat(crime.path("history").get(0).path("kind").asString()).isEqualTo("RECORDED");
        JsonNode after = api.officer().get("/api/incidents/" + incident.path("id").asLong()).json();
        assertThat(after.path("clock").path("state").asString()).isEqualTo("CRIME_RECORDED");
        assertThat(after.path("clock").path("late").asBoolean()).isTrue();
    }

    @Test
    void aReportWithTwoVictimsCreatesTwoLinkedCrimes() {
        long first = api.person("Erin");
        long second = api.person("Fay");
        Instant reported = clock.instant().minus(Duration.ofHours(1));
        JsonNode incident = api.registerIncident(CrimeApi.incident(reported, List.of(first, second)));

        JsonNode crimes = api.recordCrimes(incident.path("id").asLong(), CrimeApi.crimes(
                incident.path("version").asLong(), "34B", reported.minus(Duration.ofMinutes(20))));

        assertThat(crimes.size()).isEqualTo(2);
        assertThat(crimes.get(0).path("victimId").asLong()).isEqualTo(first);
        assertThat(crimes.get(1).path("victimId").asLong()).isEqualTo(second);
        assertThat(crimes.get(0).path("reference").asString()).isNotEqualTo(crimes.get(1).path("reference").asString());
        assertThat(crimes.get(0).path("linkedCrimes").get(0).path("reference").asString())
                .isEqualTo(crimes.get(1).path("reference").asString());
        assertThat(crimes.get(1).path("linkedCrimes").get(0).path("id").asLong())
                .isEqualTo(crimes.get(0).path("id").asLong());
        assertThat(crimes.get(0).path("incidentReference").asString())
                .isEqualTo(incident.path("reference").asString());
    }

    @Test
    void aSecondCrimeForTheSameVictimOfTheSameIncidentIsRefused() {
        long victim = api.person("Gwen");
        Instant reported = clock.instant().minus(Duration.ofHours(1));
        JsonNode incident = api.registerIncident(CrimeApi.incident(reported, List.of(victim)));
        api.recordCrimes(incident.path("id").asLong(), CrimeApi.crimes(incident.path("version").asLong(), "8N", reported));

        Api.Response again = api.officer().post("/api/incidents/" + incident.path("id").asLong() + "/crimes",
                CrimeApi.crimes(incident.path("version").asLong() + 1, "8N", reported));

        assertThat(again.status()).as(again.toString()).isEqualTo(400);
        assertThat(again.errorFields()).containsExactly("victimIds");
    }

    @Test
    void reclassificationKeepsWhoWhenFromToAndWhy() {
        JsonNode crime = api.crime("105A");
        long id = crime.path("id").asLong();

        Api.Response reclassified = api.officer().post("/api/crimes/" + id + "/reclassification", Map.of(
                "version", crime.path("version").asLong(), "offenceCode", "8N",
                "reason", "Medical notes show a fractured cheekbone."));

        assertThat(reclassified.status()).as(reclassified.toString()).isEqualTo(200);
        JsonNode after = api.analyst().get("/api/crimes/" + id).json();
        assertThat(after.path("offence").path("code").asString()).isEqualTo("8N");
        JsonNode step = after.path("history").get(1);
        assertThat(step.path("kind").asString()).isEqualTo("RECLASSIFIED");
        assertThat(step.path("fromValue").asString()).isEqualTo("105A");
        assertThat(step.path("toValue").asString()).isEqualTo("8N");
        assertThat(step.path("username").asString()).isEqualTo(TestUsers.OFFICER);
        assertThat(step.path("rationale").asString()).contains("cheekbone");
        assertThat(step.path("occurredAt").asString()).isNotBlank();
    }

    @Test
    void anOfficerMayNotCancelACrime() {
        JsonNode crime = api.crime("46");
        long id = crime.path("id").asLong();

        Api.Response refused = api.officer().post("/api/crimes/" + id + "/cancellation", Map.of(
                "version", crime.path("version").asLong(), "reasonCode", "C3", "rationale", "Duplicate of another."));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(api.officer().get("/api/crimes/" + id).json().path("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void theRegistrarCancelsACrimeWithAReasonAndItKeepsItsNumber() {
        JsonNode crime = api.crime("46");
        long id = crime.path("id").asLong();

        Api.Response cancelled = api.registrar().post("/api/crimes/" + id + "/cancellation", Map.of(
                "version", crime.path("version").asLong(), "reasonCode", "C2",
                "rationale", "CCTV shows the item was paid for at another till."));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        JsonNode after = api.analyst().get("/api/crimes/" + id).json();
        assertThat(after.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(after.path("reference").asString()).isEqualTo(crime.path("reference").asString());
        assertThat(after.path("cancellation").path("reasonCode").asString()).isEqualTo("C2");
        assertThat(after.path("cancellation").path("cancelledBy").asString()).isEqualTo(TestUsers.REGISTRAR);
        assertThat(after.path("history").get(1).path("kind").asString()).isEqualTo("CANCELLED");
        assertThat(after.path("history").get(1).path("reasonCode").asString()).isEqualTo("C2");
    }

    @Test
    void outcome16NeedsANamedSuspectAndTheVictimsView() {
        JsonNode crime = api.crime("8N");
        long id = crime.path("id").asLong();

        Api.Response refused = api.supervisor().post("/api/crimes/" + id + "/outcome", Map.of(
                "version", crime.path("version").asLong(), "outcomeCode", "16",
                "rationale", "Victim does not support a prosecution."));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("suspectIds", "victimView");

        long suspect = api.person("Harry");
        Api.Response finalised = api.supervisor().post("/api/crimes/" + id + "/outcome", Map.of(
                "version", crime.path("version").asLong(), "outcomeCode", "16",
                "rationale", "Victim does not support a prosecution.", "suspectIds", List.of(suspect),
                "victimView", "Does not want to go to court; wants him warned to stay away."));

        assertThat(finalised.status()).as(finalised.toString()).isEqualTo(200);
        JsonNode after = finalised.json();
        assertThat(after.path("status").asString()).isEqualTo("FINALISED");
        assertThat(after.path("outcome").path("code").asString()).isEqualTo("16");
        assertThat(after.path("outcome").path("decidedBy").asString()).isEqualTo(TestUsers.SUPERVISOR);
        assertThat(after.path("suspectIds").get(0).asLong()).isEqualTo(suspect);
    }

    @Test
    void outcome18NeedsNoSuspect() {
        JsonNode crime = api.crime("45");

        Api.Response finalised = api.supervisor().post("/api/crimes/" + crime.path("id").asLong() + "/outcome",
                Map.of("version", crime.path("version").asLong(), "outcomeCode", "18",
                        "rationale", "No CCTV, no forensic opportunities, no witnesses."));

        assertThat(finalised.status()).as(finalised.toString()).isEqualTo(200);
        assertThat(finalised.json().path("outcome").path("title").asString()).contains("no suspect identified");
    }

    @Test
    void aChargeNeedsASuspect() {
        JsonNode crime = api.crime("8N");

        Api.Response refused = api.supervisor().post("/api/crimes/" + crime.path("id").asLong() + "/outcome",
                Map.of("version", crime.path("version").asLong(), "outcomeCode", "1", "rationale", "Charged."));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("suspectIds");
    }

    @Test
    void aReopenedCrimeKeepsItsEarlierOutcomeInItsHistory() {
        JsonNode crime = api.crime("45");
        long id = crime.path("id").asLong();
        JsonNode finalised = api.supervisor().post("/api/crimes/" + id + "/outcome", Map.of(
                "version", crime.path("version").asLong(), "outcomeCode", "18", "rationale", "No leads.")).json();

        Api.Response reopened = api.supervisor().post("/api/crimes/" + id + "/reopening", Map.of(
                "version", finalised.path("version").asLong(), "reason", "A fingerprint match came back."));

        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        JsonNode after = reopened.json();
        assertThat(after.path("status").asString()).isEqualTo("UNDER_INVESTIGATION");
        assertThat(after.path("outcome").isNull()).isTrue();
        assertThat(after.path("history").get(1).path("kind").asString()).isEqualTo("FINALISED");
        assertThat(after.path("history").get(1).path("toValue").asString()).isEqualTo("18");
        assertThat(after.path("history").get(2).path("kind").asString()).isEqualTo("REOPENED");
        assertThat(after.path("history").get(2).path("fromValue").asString()).isEqualTo("18");
    }

    @Test
    void aChangeToAnOutOfDateVersionIsRefusedWithAConflict() {
        JsonNode crime = api.crime("105A");
        long id = crime.path("id").asLong();
        long version = crime.path("version").asLong();
        api.officer().post("/api/crimes/" + id + "/reclassification", Map.of(
                "version", version, "offenceCode", "8N", "reason", "Injury found."));

        Api.Response stale = api.officer().post("/api/crimes/" + id + "/reclassification", Map.of(
                "version", version, "offenceCode", "5D", "reason", "Serious injury."));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(api.officer().get("/api/crimes/" + id).json().path("offence").path("code").asString())
                .isEqualTo("8N");
    }

    @Test
    void aSupervisorRecordsAnAuditableDecisionNotToRecord() {
        JsonNode incident = api.registerIncident(CrimeApi.incident(clock.instant(), List.of()));
        long id = incident.path("id").asLong();

        Api.Response decided = api.supervisor().post("/api/incidents/" + id + "/decision-not-to-record", Map.of(
                "version", incident.path("version").asLong(), "reasonCode", "NO_CRIME_AVI",
                "rationale", "The bicycle was found in the garage; the owner had forgotten lending it."));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        JsonNode after = decided.json();
        assertThat(after.path("clock").path("state").asString()).isEqualTo("NOT_RECORDED");
        assertThat(after.path("decision").path("reasonCode").asString()).isEqualTo("NO_CRIME_AVI");
        assertThat(after.path("decision").path("decidedBy").asString()).isEqualTo(TestUsers.SUPERVISOR);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'incident' AND record_id = :id"
                        + " AND detail LIKE 'decided not to record%'")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOfficerMayNotDecideNotToRecord() {
        JsonNode incident = api.registerIncident(CrimeApi.incident(clock.instant(), List.of()));

        Api.Response refused = api.officer().post("/api/incidents/" + incident.path("id").asLong()
                + "/decision-not-to-record", Map.of("version", incident.path("version").asLong(),
                "reasonCode", "REPORTED_IN_ERROR", "rationale", "Caller rang the wrong number."));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Autowired
    Crimes crimes;

    @Test
    void aPersonsCrimesAreFoundWithTheirPartInEach() {
        long victim = api.person("Una");
        long suspect = api.person("Vic");
        Instant reported = clock.instant().minus(Duration.ofHours(1));
        JsonNode incident = api.registerIncident(CrimeApi.incident(reported, List.of(victim)));
        Map<String, Object> body = CrimeApi.crimes(incident.path("version").asLong(), "8N", reported);
        body.put("suspectIds", List.of(suspect));
        long crimeId = api.recordCrimes(incident.path("id").asLong(), body).get(0).path("id").asLong();

        assertThat(crimes.involving(victim, 10)).extracting(Crimes.Involvement::role).containsExactly("VICTIM");
        assertThat(crimes.involving(suspect, 10)).singleElement()
                .satisfies(found -> {
                    assertThat(found.role()).isEqualTo("SUSPECT");
                    assertThat(found.crime().id()).isEqualTo(crimeId);
                });
    }

    @Test
    void everyCrimeWriteIsAuditedAndChangeLogged() {
        JsonNode crime = api.crime("58C");
        long id = crime.path("id").asLong();
        api.officer().post("/api/crimes/" + id + "/reclassification", Map.of(
                "version", crime.path("version").asLong(), "offenceCode", "58D", "reason", "Not a vehicle after all."));

        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE record_type = 'crime' AND record_id = :id ORDER BY id")
                .param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("COLLECTION", "ALTERATION");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM change_log WHERE record_type = 'crime' AND record_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(2);
    }
}
