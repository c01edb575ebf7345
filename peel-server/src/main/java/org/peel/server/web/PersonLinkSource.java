package org.peel.server.web;

import java.util.List;

/**
 * Where a module contributes the records that link to a person, for the person's page. A module that links records
 * to people (crime, missing persons, cases) provides a bean of this type; the person's page lists what every source
 * gives, grouped by {@link PersonLink#kind()}.
 *
 * <p>The page has already recorded the view of the person in the audit log; a source that reads records a user may
 * not see must leave them out.
 */
public interface PersonLinkSource {

    /** The records linked to the person with this id, most recent first; empty when there are none. */
    List<PersonLink> linksTo(long personId);
}
