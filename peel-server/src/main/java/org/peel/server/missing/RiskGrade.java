package org.peel.server.missing;

/**
 * The College of Policing risk scale for a missing person, lowest first. The wording shown to officers comes from
 * {@code reference/missing-risk-grades.csv}; the scale itself is fixed here because review intervals and the order of
 * the coordinator's view depend on it.
 */
public enum RiskGrade {
    NO_APPARENT_RISK, LOW, MEDIUM, HIGH;

    /** The more serious of two grades; {@code other} may be null. */
    public RiskGrade higherOf(RiskGrade other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }
}
