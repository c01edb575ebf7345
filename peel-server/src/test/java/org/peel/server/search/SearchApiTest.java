package org.peel.server.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@PeelIntegrationTest
class SearchApiTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexMaintenance maintenance;

    @Autowired
    JdbcClient jdbc;

    Api officer() {
        return Api.as(port, Role.OFFICER);
    }

    long record(Object body) {
        Api.Response created = officer().post("/api/people", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    JsonNode hitFor(JsonNode results, long id) {
        for (JsonNode hit : results.path("hits")) {
            if (hit.path("personId").asLong() == id) {
                return hit;
            }
        }
        return null;
    }

    @Test
    void aMisspelledSurnameFindsThePersonWithReasonsAndMarkers() {
        long id = record(person("Alasdair", "Robertson").with("datesOfBirth", List.of("1979-06-14"))
                .warning("WEAPONS", "2022-02-01").vulnerability("SUBSTANCE_MISUSE", "2023-01-01").build());
        maintenance.catchUp();

        JsonNode results = officer().get("/api/search/people?q=alasdair+robetrson+14/6/1979").json();

        assertThat(results.path("hits").get(0).path("personId").asLong()).isEqualTo(id);
        JsonNode hit = results.path("hits").get(0);
        assertThat(hit.path("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(hit.path("reasons").size()).isPositive();
        assertThat(hit.path("reasons").toString()).containsIgnoringCase("surname");
        assertThat(hit.path("person").path("warningMarkers").get(0).path("type").asString()).isEqualTo("WEAPONS");
        assertThat(hit.path("person").path("vulnerabilityMarkers").get(0).path("type").asString())
                .isEqualTo("SUBSTANCE_MISUSE");
    }

    @Test
    void anAliasMatchSaysWhichAliasMatched() {
        long id = record(person("Delroy", "Campbell").name("ALIAS", "Winston", "Blackwood")
                .with("datesOfBirth", List.of("1968-02-03")).build());
        maintenance.catchUp();

        JsonNode hit = hitFor(officer().get("/api/search/people?forenames=Winston&surname=Blackwood&dob=1968").json(), id);

        assertThat(hit).isNotNull();
        assertThat(hit.path("matchedAlias").asBoolean()).isTrue();
        assertThat(hit.path("matchedName").asString()).isEqualTo("BLACKWOOD, Winston");
    }

    @Test
    void aNicknameAndATransliterationFindThePerson() {
        long robert = record(person("Robert", "Quartermaine").with("datesOfBirth", List.of("1971-09-30")).build());
        long muhammad = record(person("Muhammad", "Qureshi-Bhatti").with("datesOfBirth", List.of("1990-01-05")).build());
        maintenance.catchUp();

        assertThat(hitFor(officer().get("/api/search/people?q=Bob+Quartermaine").json(), robert)).isNotNull();
        assertThat(hitFor(officer().get("/api/search/people?q=Mohammed+Bhatti+1990").json(), muhammad)).isNotNull();
    }

    @Test
    void aChangeToAPersonReachesTheIndex() {
        String unusual = "Zyx" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "q");
        long id = record(person("Ola", "Nordmann").build());
        officer().put("/api/people/" + id, person("Ola", unusual).with("version", 0).build());
        maintenance.catchUp();

        assertThat(hitFor(officer().get("/api/search/people?surname=" + unusual).json(), id)).isNotNull();
    }

    @Test
    void sexAndDateOfBirthRangeNarrowTheResults() {
        long him = record(person("Sam", "Okonkwo-Range").with("sex", "MALE").with("datesOfBirth", List.of("1980-01-01")).build());
        long her = record(person("Sam", "Okonkwo-Range").with("sex", "FEMALE").with("datesOfBirth", List.of("2001-01-01")).build());
        maintenance.catchUp();

        JsonNode women = officer().get("/api/search/people?surname=Okonkwo-Range&sex=FEMALE").json();
        assertThat(hitFor(women, her)).isNotNull();
        assertThat(hitFor(women, him)).isNull();
        JsonNode eighties = officer().get("/api/search/people?surname=Okonkwo-Range&bornFrom=1975-01-01&bornTo=1989-12-31").json();
        assertThat(hitFor(eighties, him)).isNotNull();
        assertThat(hitFor(eighties, her)).isNull();
    }

    @Test
    void aPostcodeNarrowsTheResultsToPeopleWhoLivedThere() {
        long local = record(person("Niamh", "O'Sullivan-Post")
                .with("addresses", List.of(Map.of("lines", "3 Stratford Road", "postcode", "B11 1AA"))).build());
        long away = record(person("Niamh", "O'Sullivan-Post")
                .with("addresses", List.of(Map.of("lines", "9 Otley Road", "postcode", "LS6 3AA"))).build());
        maintenance.catchUp();

        JsonNode results = officer().get("/api/search/people?q=niamh+osullivan-post&postcode=B11").json();

        assertThat(hitFor(results, local)).isNotNull();
        assertThat(hitFor(results, away)).isNull();
    }

    @Test
    void everySearchIsAuditedWithWhoSearchedForWhat() {
        Api.as(port, Role.ANALYST).get("/api/search/people?q=Audited+Searchname");

        List<String> details = jdbc.sql("SELECT detail FROM audit_entry WHERE username = :user AND action = :action")
                .param("user", TestUsers.ANALYST)
                .param("action", AuditAction.CONSULTATION.name())
                .query(String.class).list();
        assertThat(details).anyMatch(detail -> detail.contains("surname='Searchname'"));
    }

    @Test
    void aSearchWithoutANameIsRefusedNamingTheField() {
        Api.Response response = officer().get("/api/search/people?q=");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("query");
    }

    @Test
    void anUnreadableDateOfBirthIsRefusedNamingTheField() {
        Api.Response response = officer().get("/api/search/people?surname=Smith&dob=31/02/1985");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("dateOfBirth");
    }

    @Test
    void aCommonNameAloneAsksTheOfficerToNarrowTheSearch() {
        for (int i = 0; i < 30; i++) {
            record(person(i % 2 == 0 ? "John" : "Jon", "Commonname").with("datesOfBirth", List.of((1950 + i) + "-01-01")).build());
        }
        maintenance.catchUp();

        JsonNode results = officer().get("/api/search/people?q=john+commonname").json();

        assertThat(results.path("tooMany").asBoolean()).isTrue();
        assertThat(results.path("narrowingAdvice").asString()).contains("date of birth");
        assertThat(results.path("hits").size()).isEqualTo(20);
        assertThat(results.path("totalMatches").asInt()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void theDuplicateCheckOffersAnExistingPerson() {
        long id = record(person("Bartholomew", "Featherstonehaugh").with("datesOfBirth", List.of("1955-05-05")).build());
        maintenance.catchUp();

        JsonNode duplicates = officer().post("/api/search/duplicates",
                person("Bartholemew", "Featherstonehaugh").with("datesOfBirth", List.of("1955-05-05")).build()).json();

        assertThat(duplicates.get(0).path("personId").asLong()).isEqualTo(id);
    }

    @Test
    void anAnonymousSearchIsRefused() {
        assertThat(Api.anonymous(port).get("/api/search/people?q=smith").status()).isEqualTo(401);
    }
}
