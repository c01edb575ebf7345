package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.people.PersonAlertSource;
import org.peel.server.people.PersonLinkSource;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.StatementCounter;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A person's page lists every record linked to them (the crimes they are the victim of or a suspect in, their
 * missing-person episodes), each with its reference, role, date and status, in a bounded number of queries.
 */
@PeelIntegrationTest
@Import(StatementCounter.class)
class PersonLinkedRecordsTest {

    @LocalServerPort
    int port;

    Api officer() {
        return Api.as(port, TestUsers.OFFICER);
    }

    @Autowired
    JdbcClient jdbc;

    /** The modules that add to a person's page: each may read once for the page, however much is linked. */
    @Autowired
    List<PersonLinkSource> linkSources;

    @Autowired
    List<PersonAlertSource> alertSources;

    /**
     * Statements the person's own page needs: the signed-in user, whether the person was erased (the tombstone check),
     * the person with their details, whether a restriction holds and the restriction's history (with, for a person
     * never restricted, that they exist), and the audit entry (which takes its place in the hash chain: lock the head,
     * write the entry, move the head).
     */
    static final int OWN_STATEMENTS = 18;

    /** The body of a 201 answer, after checking it is one. */
    static JsonNode created(Api.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    long newPerson(String forenames, String surname) {
        return created(officer().post("/api/people", person(forenames, surname).build())).path("id").asLong();
    }

    /** A crime recorded over the API with {@code victim} as its victim and {@code suspects} as its suspects. */
    JsonNode crime(long victim, List<Long> suspects, String offenceCode) {
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("reportedAt", Instant.now().minusSeconds(3600).toString());
        incident.put("channel", "NON_EMERGENCY_101");
        incident.put("victimIds", List.of(victim));
        incident.put("location", Map.of("lines", "4 Church Lane", "postcode", "B12 9QY"));
        incident.put("account", "Caller's shed broken into and a lawnmower taken.");
        incident.put("crimeRelated", true);
        JsonNode registered = created(officer().post("/api/incidents", incident));
        return created(officer().post("/api/incidents/" + registered.path("id").asLong() + "/crimes",
                Map.of("version", registered.path("version").asLong(), "offenceCode", offenceCode,
                        "committedFrom", Instant.now().minusSeconds(7200).toString(), "suspectIds", suspects))).get(0);
    }

    JsonNode reportMissing(long personId) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("personId", personId);
        report.put("lastSeenAt", Instant.now().minusSeconds(5400).toString());
        report.put("lastSeenPlace", "Outside the library, Stratford Road");
        report.put("circumstances", "Did not come home from college; phone switched off.");
        report.put("reportedBy", "Her mother");
        report.put("reporterContact", "07700 900456");
        report.put("risk", Map.of("grade", "MEDIUM", "riskFactors", List.of("OUT_OF_CHARACTER"),
                "rationale", "Out of character; she has never stayed out before."));
        return created(officer().post("/api/missing/episodes", report));
    }

    /** The person's page as HTML, fetched under a request id of our own so its statements can be counted. */
    String personPage(long personId, String requestId) {
        Api.Response page = officer().withHeader("Accept", "text/html").withHeader("X-Request-Id", requestId)
                .get("/people/" + personId);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.body();
    }

    @Test
    void aPersonsPageListsTheirCrimesAndMissingPersonEpisodesWithReferenceRoleDateAndStatus() {
        long nadia = newPerson("Nadia", "Linkedrecords");
        long suspect = newPerson("Owen", "Linkedrecords");
        JsonNode asVictim = crime(nadia, List.of(), "46");
        JsonNode asSuspect = crime(newPerson("Priya", "Linkedrecords"), List.of(nadia, suspect), "28E");
        JsonNode episode = reportMissing(nadia);

        String page = personPage(nadia, "links-" + nadia);

        assertThat(page).contains("<h3 id=\"links-0\">Crime</h3>", "<h3 id=\"links-1\">Missing-person episode</h3>")
                .doesNotContain("No crimes, missing-person reports");
        assertThat(row(page, asVictim.path("reference").asString()))
                .contains("href=\"/crimes/" + asVictim.path("id").asLong() + "\"", "Victim", "46 Shoplifting",
                        "Open");
        assertThat(row(page, asSuspect.path("reference").asString()))
                .contains("Suspect", "28E Burglary - residential", "Open");
        assertThat(row(page, "Episode " + episode.path("id").asLong()))
                .contains("href=\"/missing/episodes/" + episode.path("id").asLong() + "\"", "Missing person", "Open",
                        "Last seen: Outside the library, Stratford Road");
        assertThat(row(page, asVictim.path("reference").asString())).containsPattern("\\d{2}/\\d{2}/\\d{4}");
    }

    @Test
    void aPersonLinkedTo500CrimesOpensWithAsFewStatementsAsAPersonLinkedToOne() {
        long one = newPerson("Ruth", "Onecrime");
        crime(one, List.of(), "46");
        reportMissing(one);
        long many = newPerson("Silas", "Fivehundredcrimes");
        JsonNode first = crime(many, List.of(), "46");
        reportMissing(many);
        copyCrime(first.path("id").asLong(), 499);

        String onePage = personPage(one, "one-" + one);
        String manyPage = personPage(many, "many-" + many);

        int forOne = StatementCounter.statementsOf("one-" + one);
        int forMany = StatementCounter.statementsOf("many-" + many);
        System.out.printf("Person page statements: %d with 1 linked crime, %d with 500 linked crimes%n", forOne, forMany);
        assertThat(forOne).as("statements for a person linked to one crime").isPositive()
                .isLessThanOrEqualTo(OWN_STATEMENTS + linkSources.size() + alertSources.size());
        assertThat(forMany).as("statements for a person linked to 500 crimes").isEqualTo(forOne);
        assertThat(onePage).doesNotContain("Only the newest");
        assertThat(manyPage.split("href=\"/crimes/", -1)).hasSize(PersonPages.LINKS_SHOWN + 1);
        assertThat(manyPage).contains("Only the newest " + PersonPages.LINKS_SHOWN + " are shown.",
                "Missing-person episode");
    }

    /** The table row that holds this reference. */
    private static String row(String page, String reference) {
        int at = page.indexOf(">" + reference + "<");
        assertThat(at).as("a link to " + reference).isPositive();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    /** Stores {@code copies} more crimes like this one (same victim), each with its own reference. */
    private void copyCrime(long crimeId, int copies) {
        for (int copy = 1; copy <= copies; copy++) {
            jdbc.sql("""
                            INSERT INTO crime (reference, version, incident_id, victim_person_id, offence_code, category,
                                committed_from, committed_to, status, recorded_at, recorded_on, recording_deadline,
                                recorded_by, updated_at, updated_by)
                            SELECT :reference, version, incident_id, victim_person_id, offence_code, category,
                                committed_from, committed_to, status, recorded_at, recorded_on, recording_deadline,
                                recorded_by, updated_at, updated_by
                            FROM crime WHERE id = :id""")
                    .param("reference", "T" + crimeId + "-" + copy).param("id", crimeId).update();
        }
    }
}
