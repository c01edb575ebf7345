package org.peel.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.SystemIdentity;
import org.peel.server.search.PersonSearch;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.search.SearchRequest;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Consultation is logged record by record: whatever a search, a list or the duplicate check showed a user. */
@PeelIntegrationTest
class ConsultationLogTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndexMaintenance maintenance;

    @Autowired
    PersonSearch search;

    @Autowired
    SettlingConsultations settling;

    @Autowired
    MutableClock clock;

    Records records;

    @BeforeEach
    void setUp() {
        records = new Records(port);
    }

    @Test
    void aSearchLogsAConsultationOfEachPersonItShows() {
        String surname = Records.uniqueSurname("Consulted");
        long id = records.create(PersonJson.person("Ada", surname));
        maintenance.catchUp();

        Api.Response response = records.officer().get("/api/search/people?q=ada+" + surname);

        assertThat(response.status()).isEqualTo(200);
        List<AuditEntry> entries = entriesOf(response);
        assertThat(entries).extracting(AuditEntry::recordId).contains(Long.toString(id));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.username()).isEqualTo(TestUsers.OFFICER);
            assertThat(entry.action()).isEqualTo(AuditAction.CONSULTATION);
            assertThat(entry.detail()).contains(surname);
        });
    }

    @Test
    void aSearchThatFindsNobodyStillLeavesOneEntry() {
        Api.Response response = records.officer().get("/api/search/people?q=nobody+"
                + Records.uniqueSurname("Absent"));

        assertThat(entriesOf(response)).singleElement().satisfies(entry -> {
            assertThat(entry.recordId()).isNull();
            assertThat(entry.detail()).contains("0 found");
        });
    }

    @Test
    void aPageOfTheListOfPeopleLogsEachPersonListed() {
        for (int i = 0; i < 5; i++) {
            records.person("Listed"); // a full page, whichever tests ran before
        }

        Api.Response response = records.officer().get("/api/people?page=0&size=5");

        List<String> listed = response.json().path("items").valueStream()
                .map(person -> person.path("id").asString()).toList();
        assertThat(listed).hasSize(5);
        assertThat(entriesOf(response)).extracting(AuditEntry::recordId).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void theDuplicateCheckLogsEachPersonItOffers() {
        String surname = Records.uniqueSurname("Consulted");
        long known = records.create(PersonJson.person("Bethan", surname));
        maintenance.catchUp();

        Api.Response response = records.officer().post("/api/search/duplicates",
                Map.of("names", List.of(Map.of("forenames", "Bethan", "surname", surname))));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(entriesOf(response)).extracting(AuditEntry::recordId).contains(Long.toString(known));
        assertThat(entriesOf(response)).allSatisfy(entry -> assertThat(entry.detail()).contains("possible duplicate"));
    }

    @Test
    void liveSearchLogsOnlyTheSearchTheOfficerSettlesOn() {
        String surname = Records.uniqueSurname("Typed");
        long id = records.create(PersonJson.person("Carys", surname));
        maintenance.catchUp();
        String typist = "cli:typist-" + System.nanoTime();

        SystemIdentity.run(typist, () -> {
            search.searchWhileTyping(SearchRequest.of("carys " + surname.substring(0, 6)));
            search.searchWhileTyping(SearchRequest.of("carys " + surname.substring(0, 10)));
            search.searchWhileTyping(SearchRequest.of("carys " + surname));
        });
        assertThat(entriesBy(typist)).as("nothing is logged while the officer is still typing").isEmpty();

        clock.advance(Duration.ofSeconds(4));
        settling.writeSettled();

        // The settled search logs each person it showed (others named Carys may be shown below ours), and no entry
        // comes from the searches typed on the way.
        List<AuditEntry> logged = entriesBy(typist);
        assertThat(logged).extracting(AuditEntry::recordId).contains(Long.toString(id));
        assertThat(logged).allSatisfy(entry -> assertThat(entry.detail()).contains("surname='" + surname + "'"));
    }

    @Test
    void aLiveSearchForSomeoneElseLogsTheOneBeforeIt() {
        String typist = "cli:typist-" + System.nanoTime();

        SystemIdentity.run(typist, () -> {
            search.searchWhileTyping(SearchRequest.of("first " + Records.uniqueSurname("Nobody")));
            search.searchWhileTyping(SearchRequest.of("second " + Records.uniqueSurname("Nobody")));
        });

        assertThat(entriesBy(typist)).singleElement().satisfies(entry ->
                assertThat(entry.detail()).contains("forenames='first'"));
    }

    private List<AuditEntry> entriesOf(Api.Response response) {
        return entries("request_id = :value", response.header("X-Request-Id"));
    }

    private List<AuditEntry> entriesBy(String username) {
        return entries("username = :value", username);
    }

    private List<AuditEntry> entries(String condition, String value) {
        return jdbc.sql("SELECT id, occurred_at, username, action, record_type, record_id, justification, detail,"
                        + " request_id FROM audit_entry WHERE " + condition + " ORDER BY chain_seq")
                .param("value", value)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("username"), AuditAction.valueOf(rs.getString("action")),
                        rs.getString("record_type"), rs.getString("record_id"), rs.getString("justification"),
                        rs.getString("detail"), rs.getString("request_id")))
                .list();
    }
}
