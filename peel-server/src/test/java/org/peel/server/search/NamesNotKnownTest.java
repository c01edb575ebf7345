package org.peel.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.testing.Api;
import org.peel.server.testing.PageSession;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A person whose surname or forenames no one knows is recorded with that part marked not known (issue 15, item 6),
 * is found by what is known, and is shown with the part not known in search results and on the person page.
 */
@PeelIntegrationTest
class NamesNotKnownTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexMaintenance maintenance;

    Api officer() {
        return Api.as(port, Role.OFFICER);
    }

    private static Map<String, Object> person(Map<String, Object> name, String dateOfBirth) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sex", "MALE");
        body.put("names", new ArrayList<>(List.of(name)));
        body.put("datesOfBirth", List.of(dateOfBirth));
        return body;
    }

    private static Map<String, Object> name(String forenames, String surname, boolean surnameNotKnown,
                                            boolean forenamesNotKnown) {
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("type", "PRIMARY");
        name.put("forenames", forenames);
        name.put("surname", surname);
        name.put("surnameNotKnown", surnameNotKnown);
        name.put("forenamesNotKnown", forenamesNotKnown);
        return name;
    }

    private static JsonNode hitFor(JsonNode results, long id) {
        for (JsonNode hit : results.path("hits")) {
            if (hit.path("personId").asLong() == id) {
                return hit;
            }
        }
        return null;
    }

    @Test
    void aPersonWhoseSurnameIsNotKnownIsRecordedFoundByForenamesAndDateAndShownSo() {
        String forename = Records.uniqueSurname("Kwame");
        Api.Response created = officer().post("/api/people", person(name(forename, null, true, false), "1979-06-14"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        JsonNode stored = officer().get("/api/people/" + id).json().path("names").get(0);
        assertThat(stored.path("surnameNotKnown").asBoolean()).isTrue();
        assertThat(stored.path("surname").isNull()).as(stored.toString()).isTrue();
        assertThat(stored.path("forenames").asString()).isEqualTo(forename);
        maintenance.catchUp();

        JsonNode results = officer().get("/api/search/people?q=" + forename + "+14/06/1979").json();

        JsonNode hit = hitFor(results, id);
        assertThat(hit).as(results.toString()).isNotNull();
        assertThat(results.path("hits").get(0).path("personId").asLong()).isEqualTo(id);
        assertThat(hit.path("matchedName").asString()).isEqualTo("(surname not known), " + forename);
        assertThat(hit.path("reasons").toString()).contains("surname not known on the record");
        assertThat(hit.path("confidence").asDouble()).isGreaterThan(0.5);

        JsonNode withASurname = officer().get("/api/search/people?q=" + forename + "+Mensah+14/06/1979").json();
        assertThat(hitFor(withASurname, id)).as("a surname searched does not count against a surname not known")
                .isNotNull();
        assertThat(hitFor(withASurname, id).path("confidence").asDouble()).isGreaterThan(0.5);

        PageSession pages = PageSession.as(port, TestUsers.OFFICER);
        assertThat(pages.get("/people/" + id)).contains("(surname not known), " + forename);
        assertThat(pages.get("/?q=" + forename + "+14/06/1979")).contains("(surname not known), " + forename)
                .contains("surname not known on the record");
    }

    @Test
    void aPersonWhoseForenamesAreNotKnownIsFoundBySurnameAndDate() {
        String surname = Records.uniqueSurname("Okafor");
        Api.Response created = officer().post("/api/people", person(name(null, surname, false, true), "1990-02-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        maintenance.catchUp();

        JsonNode hit = hitFor(officer().get("/api/search/people?q=" + surname + "+01/02/1990").json(), id);

        assertThat(hit).isNotNull();
        assertThat(hit.path("matchedName").asString()).isEqualTo(surname.toUpperCase() + ", (forenames not known)");
        assertThat(hit.path("reasons").toString()).contains("forenames not known on the record");
    }

    @Test
    void anEmptySurnameNotMarkedNotKnownIsRefusedAndSaysHowToMarkIt() {
        Api.Response refused = officer().post("/api/people", person(name("Kofi", "", false, false), "1979-06-14"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("names[0].surname");
        assertThat(refused.body()).contains("mark it not known");
    }

    @Test
    void aNameWithNoPartKnownOrWithASurnameBothGivenAndMarkedNotKnownIsRefused() {
        Api.Response nothingKnown = officer().post("/api/people", person(name(null, null, true, true), "1979-06-14"));
        Api.Response both = officer().post("/api/people", person(name("Kofi", "Mensah", true, false), "1979-06-14"));

        assertThat(nothingKnown.status()).isEqualTo(400);
        assertThat(nothingKnown.errorFields()).contains("names[0].forenames");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body()).contains("not both");
    }

    @Test
    void thePersonFormRecordsASurnameMarkedNotKnown() {
        PageSession pages = PageSession.as(port, TestUsers.OFFICER);
        assertThat(pages.get("/people/new")).contains("Surname not known").contains("Forenames not known");
        String forename = Records.uniqueSurname("Abena");

        java.net.http.HttpResponse<String> sent = pages.submit("/people/new", "/people/new", List.of(
                Map.entry("names[0].type", "PRIMARY"), Map.entry("names[0].forenames", forename),
                Map.entry("names[0].surname", ""), Map.entry("names[0].surnameNotKnown", "true"),
                Map.entry("sex", "FEMALE"), Map.entry("datesOfBirth[0]", "03/04/1995")));

        assertThat(sent.statusCode()).as(sent.body()).isIn(302, 303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.replaceAll(".*/people/(\\d+).*", "$1"));
        JsonNode stored = officer().get("/api/people/" + id).json().path("names").get(0);
        assertThat(stored.path("surnameNotKnown").asBoolean()).isTrue();
        assertThat(stored.path("forenames").asString()).isEqualTo(forename);
        assertThat(pages.get("/people/" + id + "/edit")).containsPattern(
                "name=\"names\\[0\\]\\.surnameNotKnown\"[^>]*checked");
    }

    @Test
    void thePersonFormRefusesAnEmptySurnameNotMarkedAndSaysHow() {
        PageSession pages = PageSession.as(port, TestUsers.OFFICER);

        java.net.http.HttpResponse<String> sent = pages.submit("/people/new", "/people/new", List.of(
                Map.entry("names[0].type", "PRIMARY"), Map.entry("names[0].forenames", "Abena"),
                Map.entry("names[0].surname", ""), Map.entry("sex", "FEMALE"),
                Map.entry("datesOfBirth[0]", "03/04/1995")));

        assertThat(sent.statusCode()).as("the form shown again with the error").isEqualTo(400);
        assertThat(sent.body()).contains("mark it not known");
    }
}
