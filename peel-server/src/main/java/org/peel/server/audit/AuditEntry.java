package org.peel.server.audit;

import java.time.Instant;

/**
 * One line of the lawful log: who did what, to which record, when and why.
 *
 * @param recordType    the kind of record ({@code person}, {@code crime}, ...), or null for a search
 * @param recordId      the record's id, or null for a search
 * @param justification the reason the user gave, when given
 * @param detail        what was done, in words (for a search, what was searched for)
 */
public record AuditEntry(long id, Instant occurredAt, String username, AuditAction action, String recordType,
                         String recordId, String justification, String detail, String requestId) {
}
