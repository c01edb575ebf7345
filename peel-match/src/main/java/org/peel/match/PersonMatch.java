package org.peel.match;

import java.util.List;

/**
 * One person found by a name search.
 *
 * @param id          the person's identifier
 * @param confidence  probability in [0, 1] that this is the person searched for, from the match weights
 * @param matchedName the name or alias of the person that matched best
 * @param reasons     plain-English phrases saying why, e.g. "surname sounds like KHAN"
 */
public record PersonMatch(String id, double confidence, CandidateName matchedName, List<String> reasons) {

    public PersonMatch {
        reasons = List.copyOf(reasons);
    }
}
