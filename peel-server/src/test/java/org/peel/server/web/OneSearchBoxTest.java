package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.Records;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The home page's one box: references go straight to their record (every module's {@code ReferenceFinder}), and
 * the rest is a name search that reads dates, ages, PNC IDs and postcodes as officers type them.
 */
@PeelIntegrationTest
class OneSearchBoxTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexMaintenance maintenance;

    Api officer() {
        return Api.as(port, Role.OFFICER);
    }

    @Test
    void anIncidentReferenceTypedLooselyGoesStraightToTheIncident() {
        JsonNode incident = incident();
        String reference = incident.path("reference").asString();
        String year = reference.substring(4, 8);
        long number = Long.parseLong(reference.substring(9));

        for (String typed : List.of(reference, "inc " + year + " " + number, "INC-" + year + "-" + number,
                reference.toLowerCase())) {
            Api.Response page = officer().get("/?q=" + encode(typed));
            assertThat(page.status()).as(typed).isEqualTo(302);
            assertThat(page.header("Location")).as(typed).endsWith("/incidents/" + incident.path("id").asLong());
        }
    }

    @Test
    void aCrimeReferenceTypedLooselyGoesStraightToTheCrime() {
        JsonNode incident = incident();
        Map<String, Object> crimes = new LinkedHashMap<>();
        crimes.put("version", incident.path("version").asLong());
        crimes.put("offenceCode", "105A");
        crimes.put("committedFrom", Instant.now().minusSeconds(7200).toString());
        crimes.put("committedTo", Instant.now().minusSeconds(7000).toString());
        JsonNode crime = officer().post("/api/incidents/" + incident.path("id").asLong() + "/crimes", crimes).json()
                .get(0);
        String reference = crime.path("reference").asString();

        Api.Response page = officer().get("/?q=" + encode("CRM-" + reference.substring(4, 8) + "-"
                + Long.parseLong(reference.substring(9))));

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/crimes/" + crime.path("id").asLong());
    }

    @Test
    void aReferenceNoRecordHasFallsBackToNameSearchWithoutADateOfBirthError() {
        Api.Response page = officer().get("/?q=" + encode("INC-1999-999999"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("date of birth:").doesNotContain("as a date of birth");
    }

    @Test
    void aPncIdAloneFindsThePersonWhoHoldsIt() {
        Records records = new Records(port);
        String pnc = "19/" + (1_000_000 + (System.nanoTime() % 8_999_999)) + "K";
        long id = records.create(records.newPerson("Nadia").with("identifiers",
                List.of(Map.of("type", "PNC_ID", "value", pnc))));

        JsonNode results = officer().get("/api/search/people?q=" + encode(pnc.toLowerCase())).json();

        assertThat(results.path("totalMatches").asLong()).isEqualTo(1);
        assertThat(results.path("hits").get(0).path("personId").asLong()).isEqualTo(id);
    }

    @Test
    void anAgeAndAPostcodeNarrowANameSearch() {
        Records records = new Records(port);
        String surname = Records.uniqueSurname("Agebox");
        records.create(org.peel.server.testing.PersonJson.person("Omar", surname)
                .with("datesOfBirth", List.of(java.time.LocalDate.now().minusYears(30).minusDays(10).toString())));
        maintenance.catchUp();

        assertThat(officer().get("/api/search/people?q=" + encode("omar " + surname + " age 30")).json()
                .path("totalMatches").asLong()).isEqualTo(1);
        assertThat(officer().get("/api/search/people?q=" + encode("omar " + surname + " aged 45")).json()
                .path("totalMatches").asLong()).isZero();
        assertThat(officer().get("/api/search/people?q=" + encode("omar " + surname + " 5 july 1994")).status())
                .isEqualTo(200);
    }

    @Test
    void somethingThatIsNotANameIsAnsweredWithWhatToAddNotADateOfBirthError() {
        assertThat(problem("B11 4AB")).contains("is a postcode: to find people who live there, add a name");
        assertThat(problem("14/02/1991")).contains("add a name to the date of birth, such as smith 14/02/1991");
        assertThat(problem("age 30")).contains("add a name to the age");
        assertThat(problem("smith 31/2/1991")).contains("is not a real date: February 1991 has 28 days");
    }

    @Test
    void theLiveResultsLeaveOutADateStillBeingTyped() {
        Api.Response live = officer().get("/search/results?q=" + encode("smith 14/0"));

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).doesNotContain("The search has a problem");
    }

    private String problem(String typed) {
        Api.Response response = officer().get("/api/search/people?q=" + encode(typed));
        assertThat(response.status()).as(typed).isEqualTo(400);
        return response.body();
    }

    private JsonNode incident() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedAt", Instant.now().minusSeconds(3600).toString());
        body.put("channel", "ONLINE");
        body.put("victimIds", List.of(new Records(port).person("Vic")));
        body.put("location", Map.of("lines", "1 Box Road", "postcode", "B11 4AB"));
        body.put("account", "Reported online: a bicycle was taken from the garden.");
        body.put("crimeRelated", true);
        Api.Response created = officer().post("/api/incidents", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
