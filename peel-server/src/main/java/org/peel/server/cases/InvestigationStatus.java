package org.peel.server.cases;

/** Where an investigation stands. Open and pending are active: they are reviewed and appear in the work lists. */
public enum InvestigationStatus {
    OPEN,
    /** Waiting on something outside the investigation (a forensic result, a partner agency); still active. */
    PENDING_FURTHER_INFORMATION,
    /** No further line of enquiry for now; a supervisor's decision with a rationale. Can be reopened. */
    FILED,
    /** Finished: every crime has a Home Office outcome; a supervisor's decision with a rationale. Can be reopened. */
    CLOSED;

    /** As officers say it: "Pending further information". */
    public String title() {
        return switch (this) {
            case OPEN -> "Open";
            case PENDING_FURTHER_INFORMATION -> "Pending further information";
            case FILED -> "Filed";
            case CLOSED -> "Closed";
        };
    }

    public boolean active() {
        return this == OPEN || this == PENDING_FURTHER_INFORMATION;
    }
}
