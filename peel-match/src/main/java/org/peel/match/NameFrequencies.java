package org.peel.match;

import java.util.Map;

/**
 * How common a name is: the share of people in the UK with it. Used for term-frequency adjustment: agreeing on a
 * rare surname is stronger evidence than agreeing on SMITH. Names not in the lists are taken to be rare.
 */
final class NameFrequencies {

    /**
     * Share assumed for a surname not in the list, and the least share any surname is given. Not much rarer than the
     * rarest listed: an unlisted word is as often a misspelling or a foreign name as a truly rare one.
     */
    static final double UNLISTED_SURNAME = 1e-4;
    /** Share assumed for a forename not in the list, and the least share any forename is given. */
    static final double UNLISTED_FORENAME = 5e-4;

    private final Map<String, Double> forenames;
    private final Map<String, Double> surnames;

    NameFrequencies(Map<String, Double> forenames, Map<String, Double> surnames) {
        this.forenames = forenames;
        this.surnames = surnames;
    }

    double forename(String name) {
        return Math.max(forenames.getOrDefault(name, UNLISTED_FORENAME), UNLISTED_FORENAME);
    }

    double surname(String name) {
        return Math.max(surnames.getOrDefault(name, UNLISTED_SURNAME), UNLISTED_SURNAME);
    }
}
