package org.peel.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peel.server.access.SystemIdentity;
import org.peel.server.changelog.ChangeLog;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@PeelIntegrationTest
class RecordKeepingTest {

    private static final String RECORD_TYPE = "record_keeping_test";

    @Autowired
    RecordKeeping records;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void keepingARecordWritesItsAuditEntryAndItsChangeLogEntryAsTheUserActing() {
        long id = System.nanoTime();

        SystemIdentity.run("cli:tester", () -> transactions.executeWithoutResult(status ->
                records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "changed the test record")));

        assertThat(auditLog.entriesFor(RECORD_TYPE, id)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ALTERATION);
            assertThat(entry.detail()).isEqualTo("changed the test record");
            assertThat(entry.username()).isEqualTo("cli:tester");
        });
        assertThat(changeLog.changesOf(RECORD_TYPE, id)).hasSize(1);
    }

    @Test
    void aConsultationIsAuditedButChangesNothing() {
        long id = System.nanoTime();

        transactions.executeWithoutResult(status -> records.consulted(RECORD_TYPE, id, "viewed the test record"));

        assertThat(auditLog.entriesFor(RECORD_TYPE, id)).singleElement()
                .extracting(AuditEntry::action).isEqualTo(AuditAction.CONSULTATION);
        assertThat(changeLog.changesOf(RECORD_TYPE, id)).isEmpty();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                records.kept(RECORD_TYPE, id, AuditAction.CONSULTATION, "viewed")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordCannotBeKeptOutsideTheTransactionThatWritesIt() {
        long id = System.nanoTime();

        assertThatThrownBy(() -> records.kept(RECORD_TYPE, id, AuditAction.COLLECTION, "created"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(auditLog.entriesFor(RECORD_TYPE, id)).isEmpty();
        assertThat(changeLog.changesOf(RECORD_TYPE, id)).isEmpty();
    }
}
