package org.peel.server.people;

import java.util.List;

/**
 * Where a module contributes the records that link to a person, for the person's page. A module that links records
 * to people (crime, missing persons, cases) provides a bean of this type; the person's page lists what every source
 * gives, grouped by {@link PersonLink#kind()}.
 *
 * <p>A source answers in a fixed number of queries however many records are linked (one query for the list, not one
 * per record), so a person linked to hundreds of records still opens at once. The page has already recorded the view
 * of the person in the audit log; a source that reads records a user may not see must leave them out.
 */
public interface PersonLinkSource {

    /** The records linked to the person with this id, most recent first, at most {@code limit}; empty when none. */
    List<PersonLink> linksTo(long personId, int limit);
}
