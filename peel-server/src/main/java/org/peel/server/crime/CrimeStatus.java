package org.peel.server.crime;

/** Where a recorded crime stands. A cancelled crime keeps its reference number; it is no longer counted. */
public enum CrimeStatus {
    OPEN("Open"),
    UNDER_INVESTIGATION("Under investigation"),
    /** An outcome has been assigned. */
    FINALISED("Finalised"),
    /** Cancelled by the Force Crime Registrar with a reason from the counting rules. */
    CANCELLED("Cancelled");

    private final String title;

    CrimeStatus(String title) {
        this.title = title;
    }

    /** The status as officers say it: "Under investigation". */
    public String title() {
        return title;
    }
}
