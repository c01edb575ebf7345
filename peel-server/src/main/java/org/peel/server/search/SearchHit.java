package org.peel.server.search;

import java.util.List;

import org.peel.server.people.Person;
import org.peel.server.people.PersonAlert;

/**
 * One person found, with how sure Peel is and why.
 *
 * @param confidence   0 to 1
 * @param matchedName  the name or alias that matched, as "SURNAME, Forenames"
 * @param matchedAlias whether that was an alias (or previous or maiden name) rather than the primary name
 * @param reasons      plain-English reasons, e.g. "surname sounds like KHAN"
 * @param person       the person's record, with markers, dates of birth and addresses
 * @param alerts       what other modules say an officer must see first ("Missing now · high risk"), urgent first
 */
public record SearchHit(long personId, double confidence, String matchedName, boolean matchedAlias,
                        List<String> reasons, Person person, List<PersonAlert> alerts) {

    /** A hit without alerts (a batch search, which shows none). */
    public SearchHit(long personId, double confidence, String matchedName, boolean matchedAlias, List<String> reasons,
                     Person person) {
        this(personId, confidence, matchedName, matchedAlias, reasons, person, List.of());
    }

    SearchHit withAlerts(List<PersonAlert> raised) {
        return new SearchHit(personId, confidence, matchedName, matchedAlias, reasons, person, List.copyOf(raised));
    }
}
