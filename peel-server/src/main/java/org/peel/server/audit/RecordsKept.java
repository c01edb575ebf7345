package org.peel.server.audit;

import java.util.List;

/**
 * Published by {@link RecordKeeping} inside the transaction that wrote the records, so that a listener may write
 * something that must commit together with them (the continuity module notes which record an idempotent request
 * made, so that a request sent again after a crash is never stored twice).
 *
 * @param recordType the kind of record ("person", "incident")
 * @param recordIds  the records written, in the order they were kept
 * @param action     what was done to them
 */
public record RecordsKept(String recordType, List<Long> recordIds, AuditAction action) {
}
