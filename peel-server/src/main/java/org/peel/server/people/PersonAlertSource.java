package org.peel.server.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a module raises alerts about people (an open missing-person episode, say), for the person's page and every
 * search result. A module provides a bean of this type; {@link PersonAlerts} asks every source.
 *
 * <p>A source answers for a whole page of people at once in a fixed number of queries (one, typically), however many
 * people are asked about, so a page of search results costs the same whether one or all of them are missing. It is
 * a lookup on behalf of a user whose own view or search is already audited, so it writes no audit entry.
 */
public interface PersonAlertSource {

    /** The alerts on each of these people that have any, most pressing first; people without alerts are left out. */
    Map<Long, List<PersonAlert>> alertsFor(Collection<Long> personIds);
}
