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

    private final SettlingConsultations settling;

    RecordKeeping(AuditLog auditLog, ChangeLog changeLog, ApplicationEventPublisher events,
                  SettlingConsultations settling) {
        this.auditLog = auditLog;
        this.changeLog = changeLog;
        this.events = events;
        this.settling = settling;
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

    /**
     * As {@link #kept(String, long, AuditAction, String)}, with the reason the user gave for the change in the
     * request's own words (a restriction's reason), which stands in for the request's justification.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void kept(String recordType, long recordId, AuditAction action, String detail, String reason) {
        refuseConsultation(action);
        auditLog.record(action, recordType, recordId, detail, reason);
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

    /**
     * Keeps the record that a user was shown these records in a list (a search's results, a page of a list, a view
     * such as the coordinator's, the duplicate check): one consultation entry per record, or one naming none when
     * the list was empty. Every module that lists records for a user calls this with the ids it shows. Joins the
     * caller's transaction, or runs in its own.
     *
     * <pre>{@code
     * recordKeeping.consultedAll(People.RECORD_TYPE, ids(page), "listed people page 3");
     * }</pre>
     */
    @Transactional
    public void consultedAll(String recordType, List<?> recordIds, String detail) {
        auditLog.recordConsulted(recordType, recordIds, detail);
    }

    /**
     * Keeps the record that these records left Peel (a print, an export, a batch search's output file, an answer to
     * another system): one disclosure entry per record, naming the recipient, with the reason for the disclosure
     * ({@code reason}, or the request's justification when null). Joins the caller's transaction, or
     * runs in its own.
     */
    @Transactional
    public void disclosedAll(String recordType, List<?> recordIds, String recipient, String detail, String reason) {
        auditLog.recordAll(AuditAction.DISCLOSURE, recordType, recordIds, "to " + recipient + ": " + detail, reason);
    }

    /**
     * As {@link #consultedAll}, for results shown while the officer is still typing (live
     * search): only the search the officer settles on is kept, not one per pause in the typing. {@code typed} is the
     * search as typed, field by field; a later one that carries on the same typing (each field starts with the
     * other's) replaces this one.
     */
    public void consultedWhileTyping(List<String> typed, String recordType, List<?> recordIds, String detail) {
        settling.shown(typed, recordType, recordIds, detail);
    }

    /**
     * Keeps the record that a user was refused a record they may not see (a restricted record): an entry in a
     * transaction of its own, kept although the request fails.
     */
    public void refused(String recordType, long recordId, String detail) {
        auditLog.recordRefused(recordType, recordId, detail);
    }

    /** The refused attempts to open a record since {@code since}, newest first: for its owner to see. */
    public List<AuditEntry> refusedAttempts(String recordType, long recordId, java.time.Instant since, int limit) {
        return auditLog.refusalsOf(recordType, recordId, since, limit);
    }

    private static void refuseConsultation(AuditAction action) {
        if (action == AuditAction.CONSULTATION) {
            throw new IllegalArgumentException("a consultation changes no record: use consulted(...)");
        }
    }
}
