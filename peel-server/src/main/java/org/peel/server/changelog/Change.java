package org.peel.server.changelog;

import java.time.Instant;

/** One entry of the change log: record {@code recordId} of kind {@code recordType} changed. */
public record Change(long sequence, String recordType, long recordId, Instant changedAt) {
}
