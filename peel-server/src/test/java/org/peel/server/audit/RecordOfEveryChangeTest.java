package org.peel.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peel.server.testing.PersonJson.person;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.access.SystemIdentity;
import org.peel.server.changelog.Change;
import org.peel.server.changelog.ChangeLog;
import org.peel.server.people.People;
import org.peel.server.people.PersonDetails;
import org.peel.server.platform.CurrentUser;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@PeelIntegrationTest
class RecordOfEveryChangeTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void creatingAPersonWritesAnAuditEntryWithTheJustificationAndAChangeLogEntry() {
        Api.Response created = Api.as(port, Role.OFFICER).withHeader(AuditLog.JUSTIFICATION_HEADER,
                "Arrest enquiry 12/345").post("/api/people", person("Kofi", "Mensah").build());
        long id = created.json().path("id").asLong();

        List<AuditEntry> entries = auditLog.entriesFor(People.RECORD_TYPE, id);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).action()).isEqualTo(AuditAction.COLLECTION);
        assertThat(entries.get(0).username()).isEqualTo(TestUsers.OFFICER);
        assertThat(entries.get(0).justification()).isEqualTo("Arrest enquiry 12/345");
        assertThat(entries.get(0).requestId()).isEqualTo(created.header("X-Request-Id"));
        assertThat(changeLog.changesOf(People.RECORD_TYPE, id)).hasSize(1);
    }

    @Test
    void updatingAndViewingAreAuditedAndOnlyTheUpdateIsChangeLogged() {
        Api officer = Api.as(port, Role.OFFICER);
        long id = officer.post("/api/people", person("Zofia", "Kowalska").build()).json().path("id").asLong();
        officer.put("/api/people/" + id, person("Zofia", "Kowalska-Nowak").with("version", 0).build());
        Api.as(port, Role.ANALYST).withHeader(AuditLog.JUSTIFICATION_HEADER, "Analysis task 7")
                .get("/api/people/" + id);

        List<AuditEntry> entries = auditLog.entriesFor(People.RECORD_TYPE, id);
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly(AuditAction.COLLECTION, AuditAction.ALTERATION, AuditAction.CONSULTATION);
        assertThat(entries.get(2).username()).isEqualTo(TestUsers.ANALYST);
        assertThat(entries.get(2).justification()).isEqualTo("Analysis task 7");
        List<Change> changes = changeLog.changesOf(People.RECORD_TYPE, id);
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).sequence()).isGreaterThan(changes.get(0).sequence());
    }

    @Test
    void changeLogReadersSeeChangesInOrderFromTheirOwnPosition() {
        long position = changeLog.latestSequence();
        Api officer = Api.as(port, Role.OFFICER);
        long first = officer.post("/api/people", person("Aoife", "Murphy").build()).json().path("id").asLong();
        long second = officer.post("/api/people", person("Siobhan", "McCarthy").build()).json().path("id").asLong();

        List<Change> changes = changeLog.readAfter(position, 100).stream()
                .filter(change -> change.recordId() == first || change.recordId() == second).toList();

        assertThat(changes).extracting(Change::recordId).containsExactly(first, second);
    }

    @Test
    void aWriteThatFailsLeavesNeitherRecordNorAuditEntryNorChange() {
        long peopleBefore = count("person");
        long auditBefore = count("audit_entry");
        long changesBefore = count("change_log");
        PersonDetails details = new PersonDetails(null, "FEMALE",
                List.of(new PersonDetails.Name(null, "Grace", "Hopper", null)), List.of("1906-12-09"),
                List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            SystemIdentity.call(CurrentUser.SYSTEM, () -> people.create(details));
            throw new IllegalStateException("the disk filled up after the person was written");
        })).hasMessageContaining("disk filled up");

        assertThat(count("person")).isEqualTo(peopleBefore);
        assertThat(count("audit_entry")).isEqualTo(auditBefore);
        assertThat(count("change_log")).isEqualTo(changesBefore);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
