package org.peel.server.cases;

/** The part a person plays in an investigation. A person may hold several roles. */
public enum PersonRole {
    VICTIM,
    SUSPECT,
    WITNESS,
    REPORTING_PERSON,
    PERSON_OF_INTEREST;

    /** As officers say it: "Suspect". */
    public String title() {
        return switch (this) {
            case VICTIM -> "Victim";
            case SUSPECT -> "Suspect";
            case WITNESS -> "Witness";
            case REPORTING_PERSON -> "Reporting person";
            case PERSON_OF_INTEREST -> "Person of interest";
        };
    }
}
