package org.peel.server.crime;

import java.time.Instant;

/**
 * One step in a crime's history: RECORDED, RECLASSIFIED (from one offence code to another), CANCELLED, FINALISED,
 * REOPENED or CHANGED; who did it, when, and why.
 */
public record CrimeEvent(Instant occurredAt, String username, Kind kind, String fromValue, String toValue,
                         String reasonCode, String rationale) {

    /** The kinds of step. */
    public enum Kind {
        RECORDED,
        RECLASSIFIED,
        CANCELLED,
        FINALISED,
        REOPENED,
        CHANGED
    }
}
