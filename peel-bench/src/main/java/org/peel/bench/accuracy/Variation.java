package org.peel.bench.accuracy;

/** A kind of variation between how a person is recorded and how an officer searches. */
enum Variation {
    NICKNAME("nickname for the forename (Bob for Robert)"),
    TRANSLITERATION("another spelling of a transliterated name (Mohamed for Muhammad)"),
    PHONETIC_RESPELLING("surname respelt as it sounds (Pedersen for Peterson)"),
    TYPO("one typing error in the surname"),
    SWAPPED_NAMES("forename and surname swapped"),
    INITIAL_ONLY("initial instead of the forename"),
    DOUBLE_BARRELLED_PART("one part of a double-barrelled surname"),
    MC_MAC_O_FORMS("Mc/Mac and O' written another way"),
    DAY_MONTH_SWAPPED("date of birth with day and month swapped"),
    YEAR_OFF_BY_ONE("year of birth one out"),
    MISSING_DATE_OF_BIRTH("no date of birth in the search"),
    FORENAME_SHORT_FORM("the start of the forename, a short form on no list (Olu for Olusegun)"),
    INITIAL_ONLY_NAME_ONLY("initial instead of the forename, name only"),
    DOUBLE_BARRELLED_PART_NAME_ONLY("one part of a double-barrelled surname, name only"),
    FORENAME_SHORT_FORM_NAME_ONLY("the start of the forename, a short form on no list, name only");

    /**
     * Whether the search has no date of birth. Such a search can only find the person when few people fit it: so a
     * case is made only when at most {@link VariationSet#FINDABLE} people in the population fit the search as well
     * as the person does (the same surname, and a forename with that initial or start, say).
     */
    boolean nameOnly() {
        return this == INITIAL_ONLY_NAME_ONLY || this == DOUBLE_BARRELLED_PART_NAME_ONLY
                || this == FORENAME_SHORT_FORM_NAME_ONLY;
    }

    private final String description;

    Variation(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
