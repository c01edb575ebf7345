package org.peel.match;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A search with its names normalised once, to compare with many candidates; and the name comparisons already made
 * for it. Candidates of one search share surnames and forenames (hundreds of SMITHs), so most comparisons are
 * repeats, and each is made once. Not thread-safe: one per search.
 */
record PreparedQuery(NameQuery query, NameParts forenames, NameParts surname, Map<Comparison, PartComparison> made) {

    PreparedQuery(NameQuery query, NameParts forenames, NameParts surname) {
        this(query, forenames, surname, new HashMap<>());
    }

    /** Which part of the query against which part of a candidate, straight or swapped. */
    enum Side { FORENAMES, SURNAME, SWAPPED_FORENAMES, SWAPPED_SURNAME }

    record Comparison(Side side, NameParts candidate) {
    }

    PartComparison compared(Side side, NameParts candidate, Function<NameParts, PartComparison> compare) {
        Comparison key = new Comparison(side, candidate);
        PartComparison known = made.get(key);
        if (known == null) {
            known = compare.apply(candidate);
            made.put(key, known);
        }
        return known;
    }
}
