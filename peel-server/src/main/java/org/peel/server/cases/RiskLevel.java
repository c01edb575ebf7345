package org.peel.server.cases;

/**
 * The risk level of a crime or occurrence as the policy rules read it: the levels of a domestic abuse risk assessment
 * (standard, medium, high). A missing-person episode's College of Policing grade maps onto it: high to high, medium to
 * medium, low and no apparent risk to standard.
 */
public enum RiskLevel {
    STANDARD,
    MEDIUM,
    HIGH
}
