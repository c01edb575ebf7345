package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.access.UserAccounts;
import org.peel.server.audit.AuditLog;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** An investigation groups crimes and occurrences, links people in roles and keeps every version of its plan. */
@PeelIntegrationTest
class OpeningAnInvestigationTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog auditLog;

    CasesApi api;

    @BeforeEach
    void setUp() {
        api = new CasesApi(port, accounts);
    }

    @Test
    void anInvestigationGetsTheNextReferenceOfTheYearAndIsOpenWithItsCrimeAndPeople() {
        JsonNode crime = api.crime();
        long suspect = api.adult();
        long witness = api.adult();
        Map<String, Object> body = CasesApi.investigation(TestUsers.OFFICER, TestUsers.SUPERVISOR);
        CasesApi.with(body, "crimes", CasesApi.crimeLink(crime.path("id").asLong(), List.of(), null));
        CasesApi.with(body, "people", Map.of("personId", crime.path("victimId").asLong(), "role", "VICTIM"));
        CasesApi.with(body, "people", Map.of("personId", suspect, "role", "suspect"));
        CasesApi.with(body, "people", Map.of("personId", witness, "role", "WITNESS"));

        JsonNode first = api.open(TestUsers.OFFICER, body);
        JsonNode second = api.open(TestUsers.OFFICER, body);

        String year = String.valueOf(Year.now(ZoneId.of("Europe/London")).getValue());
        assertThat(first.path("reference").asString()).matches("INV-" + year + "-\\d{6}");
        long firstNumber = Long.parseLong(first.path("reference").asString().substring(9));
        assertThat(second.path("reference").asString()).isEqualTo(String.format("INV-%s-%06d", year, firstNumber + 1));
        assertThat(first.path("status").asString()).isEqualTo("OPEN");
        assertThat(first.path("officerInCharge").asString()).isEqualTo(TestUsers.OFFICER);
        assertThat(first.path("supervisor").asString()).isEqualTo(TestUsers.SUPERVISOR);
        assertThat(first.path("crimes").get(0).path("reference").asString()).isEqualTo(crime.path("reference").asString());
        assertThat(first.path("crimes").get(0).path("outcomeCode").isNull()).isTrue();
        assertThat(first.path("people")).hasSize(3);
        assertThat(first.path("people").findValuesAsString("role")).containsExactlyInAnyOrder("VICTIM", "SUSPECT",
                "WITNESS");
        assertThat(first.path("people").get(0).path("name").asString()).startsWith("CASETEST");
        assertThat(auditLog.entriesFor(Investigations.RECORD_TYPE, first.path("id").asLong()))
                .anyMatch(entry -> entry.detail().startsWith("opened investigation " + first.path("reference").asString()));
    }

    @Test
    void anInvestigationCanGroupOccurrencesThatAreNotCrimesOfEveryType() {
        long episode = api.missingEpisode("LOW");
        Map<String, Object> body = CasesApi.investigation(TestUsers.OFFICER, TestUsers.SUPERVISOR);
        for (String type : List.of("CONCERN_FOR_CHILD", "CONCERN_FOR_ADULT_AT_RISK", "DOMESTIC_INCIDENT",
                "ANTI_SOCIAL_BEHAVIOUR", "SUDDEN_DEATH")) {
            CasesApi.with(body, "occurrences", CasesApi.occurrence(type, null));
        }
        CasesApi.with(body, "occurrences", CasesApi.occurrence("MISSING_PERSON_EPISODE", episode));

        JsonNode investigation = api.open(TestUsers.OFFICER, body);

        assertThat(investigation.path("crimes")).isEmpty();
        assertThat(investigation.path("occurrences").findValuesAsString("type")).containsExactly("CONCERN_FOR_CHILD",
                "CONCERN_FOR_ADULT_AT_RISK", "DOMESTIC_INCIDENT", "ANTI_SOCIAL_BEHAVIOUR", "SUDDEN_DEATH",
                "MISSING_PERSON_EPISODE");
        assertThat(investigation.path("occurrences").get(5).path("missingEpisodeId").asLong()).isEqualTo(episode);
        assertThat(investigation.path("occurrences").get(5).path("risk").asString()).isEqualTo("STANDARD");
        assertThat(investigation.path("occurrences").get(2).path("flags").toString()).contains("DOMESTIC_ABUSE");
    }

    @Test
    void thePlanKeepsEveryVersion() {
        Map<String, Object> body = CasesApi.with(CasesApi.investigation(TestUsers.OFFICER, TestUsers.SUPERVISOR),
                "crimes", CasesApi.crimeLink(api.crime().path("id").asLong(), List.of(), null));
        JsonNode opened = api.open(TestUsers.OFFICER, body);
        long id = opened.path("id").asLong();

        Api.Response revised = api.officer().post("/api/investigations/" + id + "/plan",
                Map.of("version", opened.path("version").asLong(), "text", "Suspect arrested: interview and charge."));

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        JsonNode investigation = revised.json();
        assertThat(investigation.path("plan").path("version").asInt()).isEqualTo(2);
        assertThat(investigation.path("plan").path("text").asString()).isEqualTo("Suspect arrested: interview and charge.");
        assertThat(investigation.path("earlierPlans")).hasSize(1);
        assertThat(investigation.path("earlierPlans").get(0).path("text").asString()).startsWith("Take the victim's");
        assertThat(investigation.path("version").asLong()).isEqualTo(opened.path("version").asLong() + 1);
    }

    @Test
    void crimesOccurrencesAndPeopleCanBeAddedLater() {
        JsonNode opened = api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(TestUsers.OFFICER,
                TestUsers.SUPERVISOR), "crimes", CasesApi.crimeLink(api.crime().path("id").asLong(), List.of(), null)));
        long id = opened.path("id").asLong();
        JsonNode secondCrime = api.crime();
        Map<String, Object> link = CasesApi.crimeLink(secondCrime.path("id").asLong(), List.of(), null);
        link.put("version", opened.path("version").asLong());

        Api.Response added = api.officer().post("/api/investigations/" + id + "/crimes", link);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        Map<String, Object> occurrence = CasesApi.occurrence("ANTI_SOCIAL_BEHAVIOUR", null);
        occurrence.put("version", added.json().path("version").asLong());
        Api.Response withOccurrence = api.officer().post("/api/investigations/" + id + "/occurrences", occurrence);
        assertThat(withOccurrence.status()).as(withOccurrence.toString()).isEqualTo(201);
        Api.Response withPerson = api.officer().post("/api/investigations/" + id + "/people", Map.of(
                "version", withOccurrence.json().path("version").asLong(), "personId", api.adult(),
                "role", "PERSON_OF_INTEREST"));

        assertThat(withPerson.status()).as(withPerson.toString()).isEqualTo(201);
        JsonNode investigation = api.view(id);
        assertThat(investigation.path("crimes")).hasSize(2);
        assertThat(investigation.path("occurrences")).hasSize(1);
        assertThat(investigation.path("people").get(0).path("role").asString()).isEqualTo("PERSON_OF_INTEREST");
    }

    @Test
    void aPersonsInvestigationsAreListedWithTheirRoles() {
        JsonNode crime = api.crime();
        long victim = crime.path("victimId").asLong();
        JsonNode investigation = api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.with(
                CasesApi.investigation(TestUsers.OFFICER, TestUsers.SUPERVISOR), "crimes",
                CasesApi.crimeLink(crime.path("id").asLong(), List.of(), null)), "people",
                Map.of("personId", victim, "role", "VICTIM")));

        Api.Response history = api.officer().get("/api/investigations/people/" + victim);

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json()).hasSize(1);
        assertThat(history.json().get(0).path("reference").asString())
                .isEqualTo(investigation.path("reference").asString());
        assertThat(history.json().get(0).path("roles").get(0).asString()).isEqualTo("VICTIM");
    }

    @Test
    void anOfficerCanOpenAnInvestigationForAnotherOfficerInCharge() {
        String colleague = api.newUser("colleague", Role.OFFICER);

        JsonNode investigation = api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(colleague,
                TestUsers.SUPERVISOR), "occurrences", CasesApi.occurrence("SUDDEN_DEATH", null)));

        assertThat(investigation.path("officerInCharge").asString()).isEqualTo(colleague);
        assertThat(investigation.path("createdBy").asString()).isEqualTo(TestUsers.OFFICER);
    }
}
