package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditEntry;
import org.peel.server.audit.AuditLog;
import org.peel.server.changelog.ChangeLog;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@PeelIntegrationTest
class EpisodeLifeTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ChangeLog changeLog;

    MissingApi api;

    @BeforeEach
    void setUp() {
        api = new MissingApi(port);
    }

    @Test
    void anEpisodeIsReportedAssessedConfirmedWorkedClosedAndFollowedByAReturnInterview() {
        Instant start = clock.instant();
        long personId = api.personBorn(start.minus(Duration.ofDays(15 * 365)).toString().substring(0, 10));

        JsonNode reported = api.report(MissingApi.report(personId, start.minus(Duration.ofHours(3)), "MEDIUM"));
        long id = reported.path("id").asLong();
        assertThat(reported.path("status").asString()).isEqualTo("OPEN");
        assertThat(reported.path("child").asBoolean()).isTrue();
        assertThat(reported.path("childBasis").asString()).isEqualTo("DATE_OF_BIRTH");
        assertThat(reported.path("lastSeen").path("postcode").asString()).isEqualTo("B11 4AB");
        assertThat(reported.path("personName").asString()).startsWith("MISSINGTEST");
        assertThat(reported.path("risk").path("currentGrade").isNull()).isTrue();
        assertThat(reported.path("risk").path("latestGrade").asString()).isEqualTo("MEDIUM");
        assertThat(reported.path("risk").path("awaitingConfirmation").asBoolean()).isTrue();
        assertThat(reported.path("assessments").get(0).path("riskFactors").get(0).path("title").asString())
                .isEqualTo("Absence out of character");
        assertThat(reported.path("assessments").get(0).path("assessedBy").asString()).isEqualTo(TestUsers.OFFICER);

        JsonNode confirmed = api.confirmLatest(reported);
        assertThat(confirmed.path("risk").path("currentGrade").asString()).isEqualTo("MEDIUM");
        assertThat(confirmed.path("risk").path("currentGradeTitle").asString()).isEqualTo("Medium risk");
        assertThat(confirmed.path("risk").path("awaitingConfirmation").asBoolean()).isFalse();
        assertThat(confirmed.path("assessments").get(0).path("confirmedBy").asString()).isEqualTo(TestUsers.SUPERVISOR);

        clock.advance(Duration.ofMinutes(30));
        JsonNode raised = api.assess(id, confirmed.path("version").asLong(), "HIGH");
        assertThat(raised.path("assessments")).hasSize(2);
        assertThat(raised.path("risk").path("currentGrade").asString()).as("the latest confirmed grade")
                .isEqualTo("MEDIUM");
        assertThat(raised.path("risk").path("latestGrade").asString()).isEqualTo("HIGH");
        JsonNode raisedConfirmed = api.confirmLatest(raised);
        assertThat(raisedConfirmed.path("risk").path("currentGrade").asString()).isEqualTo("HIGH");

        Api.Response enquiry = api.officer().post("/api/missing/episodes/" + id + "/enquiries",
                Map.of("learned", "Her friend Jordan has not heard from her since yesterday.",
                        "source", "Jordan Lee (friend), by phone", "obtainedAt", clock.instant().toString()));
        assertThat(enquiry.status()).as(enquiry.toString()).isEqualTo(201);
        Api.Response sighting = api.officer().post("/api/missing/episodes/" + id + "/sightings",
                MissingApi.information(clock.instant().minus(Duration.ofMinutes(10))));
        assertThat(sighting.status()).as(sighting.toString()).isEqualTo(201);
        JsonNode worked = sighting.json();
        assertThat(worked.path("linesOfEnquiry").get(0).path("source").asString())
                .isEqualTo("Jordan Lee (friend), by phone");
        assertThat(worked.path("linesOfEnquiry").get(0).path("recordedBy").asString()).isEqualTo(TestUsers.OFFICER);
        assertThat(worked.path("sightings").get(0).path("place").asString()).isEqualTo("Stratford Road bus stop");
        assertThat(worked.path("sightings").get(0).path("postcode").asString()).isEqualTo("B11 1AA");

        Instant foundAt = clock.instant().minus(Duration.ofMinutes(5));
        JsonNode closed = api.close(id, MissingApi.found(worked.path("version").asLong(), foundAt));
        assertThat(closed.path("status").asString()).isEqualTo("FOUND");
        assertThat(closed.path("closure").path("condition").asString()).isEqualTo("Safe and well; cold and hungry");
        assertThat(closed.path("risk").path("reviewState").asString()).isEqualTo("CLOSED");
        assertThat(Instant.parse(closed.path("returnInterview").path("dueAt").asString()))
                .isEqualTo(foundAt.plus(Duration.ofHours(72)));
        assertThat(closed.path("returnInterview").path("state").asString()).isEqualTo("DUE");

        Api.Response interview = api.officer().post("/api/missing/episodes/" + id + "/return-interview",
                MissingApi.interview(closed.path("version").asLong(), clock.instant()));
        assertThat(interview.status()).as(interview.toString()).isEqualTo(200);
        assertThat(interview.json().path("returnInterview").path("state").asString()).isEqualTo("DONE");

        List<AuditAction> actions = auditLog.entriesFor(MissingEpisodes.RECORD_TYPE, id).stream()
                .map(AuditEntry::action).toList();
        assertThat(actions.get(0)).isEqualTo(AuditAction.COLLECTION);
        assertThat(actions).filteredOn(action -> action == AuditAction.ALTERATION).hasSize(7);
        assertThat(changeLog.changesOf(MissingEpisodes.RECORD_TYPE, id)).hasSize(8);
    }

    @Test
    void aClosedEpisodeCannotBeAssessedOrClosedAgain() {
        long personId = api.adult();
        JsonNode reported = api.report(MissingApi.report(personId, clock.instant().minus(Duration.ofHours(1)), "LOW"));
        long id = reported.path("id").asLong();
        JsonNode closed = api.close(id, MissingApi.found(reported.path("version").asLong(), clock.instant()));

        Api.Response assess = api.officer().post("/api/missing/episodes/" + id + "/assessments",
                MissingApi.assessment(closed.path("version").asLong(), "HIGH"));
        Api.Response again = api.officer().post("/api/missing/episodes/" + id + "/closure",
                MissingApi.found(closed.path("version").asLong(), clock.instant()));

        assertThat(assess.status()).isEqualTo(400);
        assertThat(assess.errorFields()).containsExactly("episode");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorFields()).containsExactly("episode");
    }

    @Test
    void anEpisodeClosedAsNotMissingHasAReasonAndNoReturnInterview() {
        long personId = api.adult();
        JsonNode reported = api.report(MissingApi.report(personId, clock.instant().minus(Duration.ofHours(1)), "LOW"));

        JsonNode closed = api.close(reported.path("id").asLong(), Map.of("version", reported.path("version").asLong(),
                "outcome", "NOT_MISSING", "reason", "She was at a friend's house with her father's agreement."));

        assertThat(closed.path("status").asString()).isEqualTo("NOT_MISSING");
        assertThat(closed.path("closure").path("reason").asString()).startsWith("She was at a friend's house");
        assertThat(closed.path("returnInterview").isNull()).isTrue();
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedWithAConflict() {
        long personId = api.adult();
        JsonNode reported = api.report(MissingApi.report(personId, clock.instant().minus(Duration.ofHours(1)), "LOW"));
        long id = reported.path("id").asLong();
        long version = reported.path("version").asLong();
        api.assess(id, version, "MEDIUM");

        Api.Response stale = api.officer().post("/api/missing/episodes/" + id + "/closure",
                MissingApi.found(version, clock.instant()));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(api.view(id).path("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void anUnknownEpisodeIsNotFound() {
        assertThat(api.officer().get("/api/missing/episodes/987654321").status()).isEqualTo(404);
    }

    @Test
    void theChildFlagIsStatedWhenThePersonHasNoDateOfBirth() {
        long personId = api.personBorn(null);
        Map<String, Object> report = MissingApi.report(personId, clock.instant().minus(Duration.ofHours(1)), "LOW");
        report.put("child", true);

        JsonNode reported = api.report(report);

        assertThat(reported.path("child").asBoolean()).isTrue();
        assertThat(reported.path("childBasis").asString()).isEqualTo("STATED");
    }
}
