package org.peel.bench.scale;

import org.peel.match.NameQuery;

/**
 * One search of the scale benchmark: a varied name of a population member, perhaps with a date of birth.
 *
 * @param query      what is searched for
 * @param expectedId the index id of the member whose name was varied; recall counts how often it comes back
 * @param variation  what was changed, e.g. "name varied, DOB day/month swapped", for reading failures
 */
record SearchCase(NameQuery query, String expectedId, String variation) {

    boolean hasDateOfBirth() {
        return query.dateOfBirth() != null;
    }
}
