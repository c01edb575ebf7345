package org.peel.server.cases;

/** The part a person plays in an investigation. A person may hold several roles. */
public enum PersonRole {
    VICTIM,
    SUSPECT,
    WITNESS,
    REPORTING_PERSON,
    PERSON_OF_INTEREST
}
