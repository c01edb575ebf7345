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
    THIRD_PARTY
}
