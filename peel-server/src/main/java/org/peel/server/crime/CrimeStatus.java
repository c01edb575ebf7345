package org.peel.server.crime;

/** Where a recorded crime stands. A cancelled crime keeps its reference number; it is no longer counted. */
public enum CrimeStatus {
    OPEN,
    UNDER_INVESTIGATION,
    /** An outcome has been assigned. */
    FINALISED,
    /** Cancelled by the Force Crime Registrar with a reason from the counting rules. */
    CANCELLED;

    /** The status as officers say it: "Under investigation". */
    public String title() {
        return switch (this) {
            case OPEN -> "Open";
            case UNDER_INVESTIGATION -> "Under investigation";
            case FINALISED -> "Finalised";
            case CANCELLED -> "Cancelled";
        };
    }
}
