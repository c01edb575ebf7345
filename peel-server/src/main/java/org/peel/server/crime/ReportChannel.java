package org.peel.server.crime;

/** How a report reached the police. */
public enum ReportChannel {
    /** An emergency call. */
    EMERGENCY_999,
    /** A non-emergency call. */
    NON_EMERGENCY_101,
    ONLINE,
    IN_PERSON,
    /** Reported by someone other than the victim (a witness, a professional, an agency). */
    THIRD_PARTY;

    /** As officers say it: "999 call". */
    public String title() {
        return switch (this) {
            case EMERGENCY_999 -> "999 call";
            case NON_EMERGENCY_101 -> "101 call";
            case ONLINE -> "Online";
            case IN_PERSON -> "In person";
            case THIRD_PARTY -> "Third party";
        };
    }
}
