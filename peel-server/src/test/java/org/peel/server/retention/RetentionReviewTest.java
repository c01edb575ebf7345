package org.peel.server.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditEntry;
import org.peel.server.audit.AuditLog;
import org.peel.server.people.People;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PageSession;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import db.migration.V121__Fill_person_retention;
import tools.jackson.databind.JsonNode;

/**
 * Review under MoPI over HTTP and the database: a person due appears in the queue, a supervisor retains them (with a
 * reason, moving the next review on) or erases them (the details go from every person table, a tombstone and the
 * audit trail stay, search forgets them), and bad decisions are refused changing nothing.
 */
@PeelIntegrationTest
class RetentionReviewTest {

    /** Long enough ago that a person with no crime (reviewed after 6 years) is due. */
    private static final Duration SEVEN_YEARS = Duration.ofDays(7 * 366);

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DataSource dataSource;

    @Autowired
    SearchIndexMaintenance index;

    private Api officer() {
        return Api.as(port, Role.OFFICER);
    }

    private Api supervisor() {
        return Api.as(port, Role.SUPERVISOR);
    }

    /** A person recorded seven years ago (by the test clock) and not touched since: due for review today. */
    private long recordedLongAgo(PersonJson person) {
        clock.set(Instant.now().minus(SEVEN_YEARS));
        try {
            Api.Response created = officer().post("/api/people", person.build());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.json().path("id").asLong();
        } finally {
            clock.reset();
        }
    }

    private static PersonJson someone(String forenames, String surname) {
        return person(forenames, surname).with("datesOfBirth", List.of("1971-04-02"))
                .with("identifiers", List.of(Map.of("type", "PNC_ID", "value",
                        String.format("98/%06dA", (int) (Math.random() * 1_000_000)))))
                .with("addresses", List.of(Map.of("lines", "4 Erasure Row", "town", "Walsall", "postcode",
                        "WS1 1AA")))
                .warning("VIOLENT", "2015-01-01");
    }

    private JsonNode queueEntry(long personId) {
        for (int page = 0; page < 50; page++) {
            JsonNode queue = supervisor().get("/api/retention/due?page=" + page + "&size=200").json();
            for (JsonNode item : queue.path("items")) {
                if (item.path("personId").asLong() == personId) {
                    return item;
                }
            }
            if (queue.path("items").size() < 200) {
                return null;
            }
        }
        return null;
    }

    private long count(String table, long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE person_id = :id").param("id", personId)
                .query(Long.class).single();
    }

    @Test
    void aPersonRecordedSevenYearsAgoWithNoCrimeIsInTheQueueInGroupFourAndANewPersonIsNot() {
        long old = recordedLongAgo(person("Queenie", Records.uniqueSurname("Queued")));
        long recent = officer().post("/api/people", person("Nora", Records.uniqueSurname("Recent")).build()).json()
                .path("id").asLong();

        JsonNode due = queueEntry(old);
        assertThat(due).as("the old person is due").isNotNull();
        assertThat(due.path("group").asString()).isEqualTo("4");
        assertThat(due.path("due").asBoolean()).isTrue();
        LocalDate recordedOn = LocalDate.ofInstant(Instant.now().minus(SEVEN_YEARS), ZoneOffset.UTC);
        assertThat(LocalDate.parse(due.path("nextReviewOn").asString())).isBetween(recordedOn.plusYears(6)
                .minusDays(1), recordedOn.plusYears(6).plusDays(1));
        assertThat(queueEntry(recent)).as("a new person is not due").isNull();
        JsonNode review = supervisor().get("/api/retention/people/" + recent).json();
        assertThat(LocalDate.parse(review.path("nextReviewOn").asString()))
                .isAfter(LocalDate.now(ZoneOffset.UTC).plusYears(6).minusDays(2));
    }

    @Test
    void theQueueIsOldestDueFirst() {
        JsonNode items = supervisor().get("/api/retention/due?size=200").json().path("items");
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).path("nextReviewOn").asString())
                    .isGreaterThanOrEqualTo(items.get(i - 1).path("nextReviewOn").asString());
        }
    }

    /** A person recorded as the victim of a robbery reported an hour before the test clock's now: the crime. */
    private JsonNode robbed(long victim) {
        Instant reported = clock.instant().minusSeconds(3600);
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("reportedAt", reported.toString());
        incident.put("channel", "NON_EMERGENCY_101");
        incident.put("victimIds", List.of(victim));
        incident.put("location", Map.of("lines", "12 High Street", "town", "Birmingham", "postcode", "B11 4AB"));
        incident.put("account", "Caller says a man took her bag by force.");
        incident.put("crimeRelated", true);
        JsonNode registered = officer().post("/api/incidents", incident).json();
        Map<String, Object> crime = new LinkedHashMap<>();
        crime.put("version", registered.path("version").asLong());
        crime.put("offenceCode", "34B");
        crime.put("committedFrom", reported.minusSeconds(1800).toString());
        crime.put("committedTo", reported.minusSeconds(1200).toString());
        Api.Response recorded = officer().post("/api/incidents/" + registered.path("id").asLong() + "/crimes", crime);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().get(0);
    }

    @Test
    void aPersonLinkedToARobberyIsInGroupTwoAndReviewedAfterTenYears() {
        long victim = officer().post("/api/people", person("Robin", Records.uniqueSurname("Robbed")).build()).json()
                .path("id").asLong();
        robbed(victim);

        JsonNode review = supervisor().get("/api/retention/people/" + victim).json();

        assertThat(review.path("group").asString()).isEqualTo("2");
        assertThat(review.path("reviewEveryYears").asInt()).isEqualTo(10);
        assertThat(LocalDate.parse(review.path("nextReviewOn").asString()))
                .isAfter(LocalDate.now(ZoneOffset.UTC).plusYears(10).minusDays(2));
    }

    @Test
    void retainingWithAReasonMovesTheNextReviewOnAndIsAudited() {
        long id = recordedLongAgo(person("Rita", Records.uniqueSurname("Retained")));

        Api.Response retained = supervisor().post("/api/retention/people/" + id + "/retain",
                Map.of("reason", "Subject of an open safeguarding referral"));

        assertThat(retained.status()).as(retained.toString()).isEqualTo(200);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(LocalDate.parse(retained.json().path("nextReviewOn").asString()))
                .isBetween(today.plusYears(6).minusDays(1), today.plusYears(6).plusDays(1));
        assertThat(retained.json().path("reviewedBy").asString()).isEqualTo(TestUsers.SUPERVISOR);
        assertThat(queueEntry(id)).as("no longer due").isNull();
        assertThat(jdbc.sql("SELECT review_reason FROM person_retention WHERE person_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("Subject of an open safeguarding referral");
        assertThat(auditLog.entriesFor(People.RECORD_TYPE, id)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ALTERATION);
            assertThat(entry.username()).isEqualTo(TestUsers.SUPERVISOR);
            assertThat(entry.detail()).contains("retained after review under MoPI")
                    .contains("Subject of an open safeguarding referral");
        });
    }

    @Test
    void erasingRemovesThePersonsDetailsLeavesATombstoneAndTheAuditTrailAndSearchForgetsThem() {
        String surname = Records.uniqueSurname("Erasable");
        PersonJson details = someone("Ernestine", surname);
        clock.set(Instant.now().minus(SEVEN_YEARS));
        long id = officer().post("/api/people", details.build()).json().path("id").asLong();
        // A change, so the person has kept earlier versions (history) to erase too.
        Api.Response changed = officer().put("/api/people/" + id, details.with("version", 0)
                .with("addresses", List.of(Map.of("lines", "5 Erasure Row", "postcode", "WS1 1AB"))).build());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        clock.reset();
        index.catchUp();
        assertThat(officer().get("/api/search/people?surname=" + surname).json().path("hits").toString())
                .contains("\"personId\":" + id);
        assertThat(count("person_version", id)).isPositive();
        long entriesBefore = auditLog.entriesFor(People.RECORD_TYPE, id).size();

        Api.Response erased = supervisor().post("/api/retention/people/" + id + "/erase",
                Map.of("reason", "No longer necessary: no further police interest"));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        for (String table : List.of("person_name", "person_birth_date", "person_identifier", "person_address",
                "person_marker", "person_version", "person_retention")) {
            assertThat(count(table, id)).as(table).isZero();
        }
        assertThat(jdbc.sql("SELECT sex FROM person WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("UNKNOWN");
        assertThat(jdbc.sql("SELECT erased_by FROM person_erasure WHERE person_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(TestUsers.SUPERVISOR);

        Api.Response tombstone = officer().get("/api/people/" + id);
        assertThat(tombstone.status()).isEqualTo(410);
        assertThat(tombstone.json().path("erasedBy").asString()).isEqualTo(TestUsers.SUPERVISOR);
        assertThat(tombstone.json().path("reason").asString()).isEqualTo("No longer necessary: no further police interest");
        assertThat(tombstone.body()).doesNotContain(surname);
        assertThat(officer().get("/api/people/" + id + "/versions").status()).isEqualTo(410);
        assertThat(officer().get("/api/people/" + id + "/versions/0").status()).isEqualTo(404);
        HttpResponse<String> page = PageSession.as(port, TestUsers.OFFICER).page("/people/" + id);
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("Erased on").contains(" by " + TestUsers.SUPERVISOR + ": No longer necessary")
                .doesNotContain(surname).doesNotContain("Ernestine");

        List<AuditEntry> entries = auditLog.entriesFor(People.RECORD_TYPE, id);
        assertThat(entries).hasSizeGreaterThan((int) entriesBefore);
        AuditEntry erasure = entries.stream().filter(entry -> entry.action() == AuditAction.ERASURE).findFirst()
                .orElseThrow();
        assertThat(erasure.username()).isEqualTo(TestUsers.SUPERVISOR);
        assertThat(erasure.detail()).contains("erased person " + id).doesNotContain(surname)
                .doesNotContain("Ernestine").doesNotContain("Erasure Row");

        index.catchUp();
        assertThat(officer().get("/api/search/people?surname=" + surname).json().path("hits").toString())
                .doesNotContain("\"personId\":" + id);
        assertThat(officer().get("/api/search/people?q=Ernestine+" + surname).json().path("hits").toString())
                .doesNotContain("\"personId\":" + id);
        Api.Response duplicates = officer().post("/api/search/duplicates", someone("Ernestine", surname).build());
        assertThat(duplicates.status()).as(duplicates.toString()).isEqualTo(200);
        assertThat(duplicates.body()).doesNotContain("\"personId\":" + id);
    }

    @Test
    void aDecisionWithoutAReasonOnNoSuchPersonOnARecordNotDueOrOnAnErasedRecordIsRefusedChangingNothing() {
        long due = recordedLongAgo(person("Bea", Records.uniqueSurname("Refused")));
        long notDue = officer().post("/api/people", person("Noel", Records.uniqueSurname("NotDue")).build()).json()
                .path("id").asLong();
        String before = schedule(due);

        Api.Response noReason = supervisor().post("/api/retention/people/" + due + "/erase", Map.of("reason", " "));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Api.Response noBody = supervisor().post("/api/retention/people/" + due + "/retain", "");
        assertThat(noBody.status()).as(noBody.toString()).isEqualTo(400);
        assertThat(supervisor().post("/api/retention/people/" + due + "/retain", Map.of()).status()).isEqualTo(400);
        assertThat(supervisor().post("/api/retention/people/987654321/erase", Map.of("reason", "gone")).status())
                .isEqualTo(404);
        Api.Response early = supervisor().post("/api/retention/people/" + notDue + "/erase", Map.of("reason", "x"));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.body()).contains("not due for review until");
        assertThat(officer().post("/api/retention/people/" + due + "/erase", Map.of("reason", "x")).status())
                .as("an officer may not erase").isEqualTo(403);
        assertThat(schedule(due)).isEqualTo(before);
        assertThat(count("person_name", due)).isEqualTo(1);
        assertThat(count("person_name", notDue)).isEqualTo(1);
        assertThat(count("person_erasure", notDue)).isZero();

        assertThat(supervisor().post("/api/retention/people/" + due + "/erase", Map.of("reason", "done")).status())
                .isEqualTo(200);
        long entries = auditLog.entriesFor(People.RECORD_TYPE, due).size();
        Api.Response again = supervisor().post("/api/retention/people/" + due + "/erase", Map.of("reason", "again"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.body()).contains("already erased");
        assertThat(supervisor().post("/api/retention/people/" + due + "/retain", Map.of("reason", "x")).status())
                .isEqualTo(409);
        assertThat(jdbc.sql("SELECT reason FROM person_erasure WHERE person_id = :id").param("id", due)
                .query(String.class).single()).isEqualTo("done");
        assertThat(auditLog.entriesFor(People.RECORD_TYPE, due)).hasSize((int) entries);
    }

    @Test
    void theQueuePageIsInTheSupervisorsNavigationAndEraseNeedsTheConfirmation() {
        String surname = Records.uniqueSurname("Paged");
        long id = recordedLongAgo(person("Pearl", surname));
        PageSession session = PageSession.as(port, TestUsers.SUPERVISOR);

        assertThat(session.get("/")).contains("href=\"/retention\"");
        assertThat(PageSession.as(port, TestUsers.OFFICER).get("/")).doesNotContain("href=\"/retention\"");
        String review = "/retention/people/" + id;
        assertThat(session.get("/people/" + id)).as("the person's page links to their review")
                .contains("href=\"" + review + "\"");
        assertThat(PageSession.as(port, TestUsers.OFFICER).get("/people/" + id)).doesNotContain(review);
        assertThat(session.get(review)).contains("Review of").contains("href=\"/retention\"")
                .contains("href=\"/people/" + id + "\"");

        HttpResponse<String> unconfirmed = session.submit(review, review + "/erase", Map.of("reason", "Not needed"));
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(unconfirmed.body()).contains("must be ticked");
        assertThat(count("person_name", id)).isEqualTo(1);
        HttpResponse<String> noReason = session.submit(review, review + "/retain", Map.of("reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("There is a problem");

        HttpResponse<String> retained = session.submit(review, review + "/retain", Map.of("reason", "Still needed"));
        assertThat(retained.statusCode()).isEqualTo(302);
        assertThat(session.get("/retention")).contains("Retained " + surname.toUpperCase());
        assertThat(session.get(review)).contains("(not due yet)").contains("Still needed");
    }

    @Test
    void theCrimeOfAnErasedVictimLinksToAnErasedRecordNotAName() {
        String surname = Records.uniqueSurname("Victimerased");
        clock.set(Instant.now().minus(Duration.ofDays(11 * 366)));
        long victim;
        JsonNode crime;
        try {
            victim = officer().post("/api/people", person("Vicky", surname).build()).json().path("id").asLong();
            crime = robbed(victim);
        } finally {
            clock.reset();
        }
        assertThat(queueEntry(victim).path("group").asString()).isEqualTo("2");

        assertThat(supervisor().post("/api/retention/people/" + victim + "/erase", Map.of("reason", "Reviewed: "
                + "no further police interest")).status()).isEqualTo(200);

        String page = PageSession.as(port, TestUsers.OFFICER).get("/crimes/" + crime.path("id").asLong());
        assertThat(page).contains("Erased record").doesNotContain(surname.toUpperCase()).doesNotContain(surname);
    }

    @Test
    void theMigrationFillsTheReviewOfPeopleWhoHaveNoneFromTheirCrimes() throws Exception {
        long victim = officer().post("/api/people", person("Mina", Records.uniqueSurname("Migrated")).build()).json()
                .path("id").asLong();
        robbed(victim);
        long plain = officer().post("/api/people", person("Milo", Records.uniqueSurname("Migrated")).build()).json()
                .path("id").asLong();
        jdbc.sql("DELETE FROM person_retention WHERE person_id IN (:ids)").param("ids", List.of(victim, plain))
                .update();

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            new V121__Fill_person_retention().fill(connection);
            connection.commit();
        }

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(schedule(victim)).startsWith("2|").contains("|" + today.plusYears(10) + "|");
        assertThat(schedule(plain)).startsWith("4|").contains("|" + today.plusYears(6) + "|");
    }

    private String schedule(long personId) {
        return jdbc.sql("SELECT retention_group, last_activity_on, next_review_on, reviewed_on, review_reason"
                        + " FROM person_retention WHERE person_id = :id").param("id", personId)
                .query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4) + "|" + rs.getString(5)).single();
    }
}
