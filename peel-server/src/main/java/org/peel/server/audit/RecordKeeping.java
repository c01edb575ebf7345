package org.peel.server.audit;

import java.util.List;

import org.peel.server.changelog.ChangeLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One way to keep a record: when a module creates or changes a record, one call writes the audit entry (who, what,
 * why) and the change-log entry (which keeps the search index and other readers current), inside the transaction
 * that writes the record, so the three commit together or not at all; it then publishes {@link RecordsKept} in the
 * same transaction. Looking at a record changes nothing, so a
 * consultation writes the audit entry alone ({@link #consulted}).
 *
 * <pre>{@code
 * long id = repository.insert(content, CurrentUser.username(), now);
 * recordKeeping.kept(RECORD_TYPE, id, AuditAction.COLLECTION, "registered incident " + reference);
 * }</pre>
 */
@Service
public class RecordKeeping {

    private final AuditLog auditLog;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;

    RecordKeeping(AuditLog auditLog, ChangeLog changeLog, ApplicationEventPublisher events) {
        this.auditLog = auditLog;
        this.changeLog = changeLog;
        this.events = events;
    }

    /**
     * Keeps the record that {@code action} (a collection, an alteration, ...) was done to one record. Must run inside
     * the transaction that wrote the record.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void kept(String recordType, long recordId, AuditAction action, String detail) {
        refuseConsultation(action);
        auditLog.record(action, recordType, recordId, detail);
        changeLog.append(recordType, recordId);
        events.publishEvent(new RecordsKept(recordType, List.of(recordId), action));
    }

    /** As {@link #kept}, for many records written together (an import, demo data): one entry of each per record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keptAll(String recordType, List<Long> recordIds, AuditAction action, String detail) {
        refuseConsultation(action);
        auditLog.recordAll(action, recordType, recordIds, detail);
        changeLog.appendAll(recordType, recordIds);
        events.publishEvent(new RecordsKept(recordType, List.copyOf(recordIds), action));
    }

    /**
     * Keeps the record that a user looked at a record ({@code recordId} null for a list): an audit entry only, as
     * nothing changed. Must run inside the transaction that read it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void consulted(String recordType, Long recordId, String detail) {
        auditLog.record(AuditAction.CONSULTATION, recordType, recordId, detail);
    }

    private static void refuseConsultation(AuditAction action) {
        if (action == AuditAction.CONSULTATION) {
            throw new IllegalArgumentException("a consultation changes no record: use consulted(...)");
        }
    }
}
