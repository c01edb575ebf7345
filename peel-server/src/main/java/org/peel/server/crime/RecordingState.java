package org.peel.server.crime;

/**
 * Where an incident stands against the 24-hour recording clock. Always computed from the stored time of report,
 * the stored decision time and the clock; never stored or set by hand.
 */
public enum RecordingState {
    /** Nobody has said the report describes a possible crime; no clock runs. */
    NOT_CRIME_RELATED,
    /** Crime-related, no decision yet, time left on the clock. */
    AWAITING_DECISION,
    /** Crime-related, no decision, and the clock has run out. */
    LATE,
    /** One or more crimes were recorded. */
    CRIME_RECORDED,
    /** A decision not to record a crime was made, with a reason and a rationale. */
    NOT_RECORDED;

    /** As officers say it: "Late: no decision after 24 hours". */
    public String title() {
        return switch (this) {
            case NOT_CRIME_RELATED -> "Not crime-related";
            case AWAITING_DECISION -> "Awaiting a crime decision";
            case LATE -> "Late: no decision after 24 hours";
            case CRIME_RECORDED -> "Crime recorded";
            case NOT_RECORDED -> "Decided not to record";
        };
    }
}
