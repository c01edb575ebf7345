package org.peel.server.cases;

/** The kinds of entry in an investigation's log. The last three are written by Peel as things happen. */
public enum LogEntryKind {
    NOTE,
    /** A decision, which must carry its rationale. */
    DECISION,
    VICTIM_CONTACT,
    EVIDENCE,
    /** A change of status (filing, closing, reopening, pending), with its rationale. */
    STATUS_CHANGE,
    /** A supervisor's review, with its rationale. */
    SUPERVISOR_REVIEW,
    /** A change to who is in charge or who supervises. */
    ALLOCATION;

    /** As officers say it: "Decision". */
    public String title() {
        return switch (this) {
            case NOTE -> "Note";
            case DECISION -> "Decision";
            case VICTIM_CONTACT -> "Contact with the victim";
            case EVIDENCE -> "Evidence gathered";
            case STATUS_CHANGE -> "Change of status";
            case SUPERVISOR_REVIEW -> "Supervisor review";
            case ALLOCATION -> "Allocation";
        };
    }

    /** Whether officers write this kind themselves. */
    public boolean writtenByOfficers() {
        return this == NOTE || this == DECISION || this == VICTIM_CONTACT || this == EVIDENCE;
    }
}
