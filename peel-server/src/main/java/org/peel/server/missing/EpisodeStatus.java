package org.peel.server.missing;

/** Where an episode stands: open, or closed in one of four ways. */
public enum EpisodeStatus {
    OPEN,
    /** Found by police or others, alive. */
    FOUND,
    /** Came back by themselves. */
    RETURNED,
    FOUND_DECEASED,
    /** Turned out not to be missing (their whereabouts were known after all). */
    NOT_MISSING;

    /** Whether the person came back alive, so that a return-home / prevention interview is due. */
    public boolean needsReturnInterview() {
        return this == FOUND || this == RETURNED;
    }

    /** As officers say it: "Found deceased". */
    public String title() {
        return switch (this) {
            case OPEN -> "Open";
            case FOUND -> "Found";
            case RETURNED -> "Returned";
            case FOUND_DECEASED -> "Found deceased";
            case NOT_MISSING -> "Not missing";
        };
    }
}
