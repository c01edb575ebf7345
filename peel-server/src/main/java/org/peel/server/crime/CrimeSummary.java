package org.peel.server.crime;

import java.time.Instant;

/** A crime as a list of a person's crimes shows it: read in one query with the person's part in it. */
record CrimeSummary(long id, String reference, Role role, String offenceCode, CrimeStatus status,
                    Instant recordedAt) {

    /** The parts a person has in a crime as Peel records them. */
    enum Role {
        VICTIM("Victim"),
        SUSPECT("Suspect");

        final String title;

        Role(String title) {
            this.title = title;
        }
    }
}
