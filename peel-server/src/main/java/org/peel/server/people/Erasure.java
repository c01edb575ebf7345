package org.peel.server.people;

import java.time.Instant;

/**
 * The tombstone of an erased person: the id stays (never used again) with when, by whom and why the personal details
 * were erased; nothing else about the person is kept.
 */
public record Erasure(long personId, Instant erasedAt, String erasedBy, String reason) {
}
