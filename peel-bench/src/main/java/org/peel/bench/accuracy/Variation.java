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
    MISSING_DATE_OF_BIRTH("no date of birth in the search");

    private final String description;

    Variation(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
