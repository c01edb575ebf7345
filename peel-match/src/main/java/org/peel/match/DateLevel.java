package org.peel.match;

/**
 * How well two dates of birth agree, from best to worst. Levels named PARTIAL_ apply when one of the dates is only a
 * year or a year and month. The match weight of each level is in {@link MatchWeights}.
 */
enum DateLevel {
    EXACT,
    DAY_AND_MONTH_SWAPPED,
    YEAR_OFF_BY_ONE,
    ONE_DIGIT_DIFFERENT,
    SAME_MONTH_AND_YEAR,
    PARTIAL_SAME_MONTH_AND_YEAR,
    PARTIAL_SAME_YEAR,
    SAME_YEAR,
    PARTIAL_YEAR_OFF_BY_ONE,
    WITHIN_RANGE,
    DIFFERENT,
    MISSING;

    /** Whether the dates differ in some way, as opposed to agreeing as far as both go (or one being missing). */
    boolean disagrees() {
        return switch (this) {
            case EXACT, PARTIAL_SAME_MONTH_AND_YEAR, PARTIAL_SAME_YEAR, WITHIN_RANGE, MISSING -> false;
            default -> true;
        };
    }
}
