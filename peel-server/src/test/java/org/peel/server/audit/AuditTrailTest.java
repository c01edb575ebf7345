package org.peel.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Professional standards read who accessed a record and what a user did; only they can, and it is logged. */
@PeelIntegrationTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Test
    void anAuditorSeesEveryAccessToAPersonFilteredByUser() {
        Records records = new Records(port);
        long id = records.person("Ifan");
        records.analyst().get("/api/people/" + id);
        Api auditor = Api.as(port, Role.AUDITOR);

        JsonNode all = auditor.get("/api/audit/records/person/" + id).json();
        JsonNode byAnalyst = auditor.get("/api/audit/records/person/" + id + "?user=" + TestUsers.ANALYST).json();

        assertThat(all.path("entries").valueStream().map(entry -> entry.path("username").asString()))
                .contains(TestUsers.OFFICER, TestUsers.ANALYST);
        assertThat(byAnalyst.path("entries").valueStream()).singleElement().satisfies(entry -> {
            assertThat(entry.path("action").asString()).isEqualTo("CONSULTATION");
            assertThat(entry.path("detail").asString()).isEqualTo("viewed person");
        });
    }

    @Test
    void anAuditorSeesWhatAUserLookedAtBetweenTwoDays() {
        Records records = new Records(port);
        long id = records.person("Mali");
        records.analyst().get("/api/people/" + id);
        String today = LocalDate.now().toString();
        Api auditor = Api.as(port, Role.AUDITOR);

        JsonNode recent = auditor.get("/api/audit/users/" + TestUsers.ANALYST + "?from=" + today + "&to=" + today
                + "&size=200").json();
        JsonNode long_ago = auditor.get("/api/audit/users/" + TestUsers.ANALYST + "?to=2000-01-01").json();

        assertThat(recent.path("entries").valueStream().map(entry -> entry.path("recordId").asString()))
                .contains(Long.toString(id));
        assertThat(long_ago.path("entries").isEmpty()).isTrue();
    }

    @Test
    void readingATrailIsItselfLogged() {
        long id = new Records(port).person("Tomos");

        Api.as(port, Role.AUDITOR).get("/api/audit/records/person/" + id);

        assertThat(auditLog.entriesFor("person", id)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo(TestUsers.AUDITOR);
            assertThat(entry.detail()).isEqualTo("viewed who accessed this record");
        });
    }

    @Test
    void onlyAnAuditorReadsTheTrailAndAnAuditorReadsNoRecords() {
        long id = new Records(port).person("Elin");

        assertThat(Api.as(port, Role.SUPERVISOR).get("/api/audit/records/person/" + id).status()).isEqualTo(403);
        assertThat(Api.as(port, Role.ADMIN).get("/api/audit/users/" + TestUsers.OFFICER).status()).isEqualTo(403);
        assertThat(Api.as(port, Role.AUDITOR).get("/api/people/" + id).status()).isEqualTo(403);
        assertThat(Api.as(port, Role.AUDITOR).get("/api/search/people?q=elin").status()).isEqualTo(403);
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingTheField() {
        Api.Response response = Api.as(port, Role.AUDITOR).get("/api/audit/users/" + TestUsers.OFFICER
                + "?from=2025-02-01&to=2025-01-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("from");
    }
}
