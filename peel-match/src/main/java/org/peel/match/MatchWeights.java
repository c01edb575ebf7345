package org.peel.match;

/**
 * The match weights (log2 of m/u) of each comparison level, and the prior. The reasoning behind every m and u is in
 * docs/matching.md; in short: m is how often true matches in police-style data (FEBRL, Splink's historical set)
 * show the level, u how often two different people do. For exact name agreement u is the share of people with that
 * name (term-frequency adjustment), so agreeing on a rare surname counts for more than agreeing on SMITH.
 */
final class MatchWeights {

    /**
     * log2 of the prior odds that a person who reached the scorer is the one searched for: about 1 in 4,000. So a
     * full name alone, common as JOHN SMITH, stays short of certainty, and a full name with a date of birth reaches it.
     */
    static final double PRIOR = -12.0;
    /** Agreeing middle names (or initials) when both sides give one. */
    static final double MIDDLE_NAME_AGREES = 1.0;
    /** Different middle names when both sides give one (Sergey Ivanovich and Sergey Viktorovich). */
    static final double MIDDLE_NAME_DIFFERS = -2.0;
    /** Cost of reading the query's forename as the candidate's surname and the other way round. */
    static final double SWAPPED = -1.0;
    /** Cost of agreeing on one part of a double-barrelled surname or a middle name only. */
    static final double PART_ONLY = -1.5;
    /**
     * Cost of a middle name on one side only ("John" searched, "John Graham" recorded): true matches often leave it
     * out, so it costs little, but the person recorded exactly as searched ranks first.
     */
    static final double MIDDLE_NAME_ONE_SIDE = -0.25;
    /**
     * The highest confidence given when the dates of birth disagree in any way (a year apart, day and month
     * swapped...): shown as a percentage, such a result must never read 100 %.
     */
    static final double MOST_CONFIDENT_WITH_DATE_DIFFERENCE = 0.99;

    private MatchWeights() {
    }

    /**
     * A near miss never counts for more than agreeing exactly would have: for a rare name the fixed weight of a near
     * level would otherwise outrank an exact match on a common name.
     */
    static double forename(NameLevel level, String candidateWord, NameFrequencies frequencies) {
        double exact = log2(0.90 / frequencies.forename(candidateWord));
        return level == NameLevel.EXACT || level == NameLevel.DIFFERENT || level == NameLevel.MISSING
                ? forenameLevel(level, candidateWord, frequencies)
                : Math.min(forenameLevel(level, candidateWord, frequencies), exact - 1);
    }

    static double surname(NameLevel level, String candidateWord, NameFrequencies frequencies) {
        double exact = log2(0.90 / frequencies.surname(candidateWord));
        return level == NameLevel.EXACT || level == NameLevel.DIFFERENT || level == NameLevel.MISSING
                ? surnameLevel(level, candidateWord, frequencies)
                : Math.min(surnameLevel(level, candidateWord, frequencies), exact - 1);
    }

    private static double forenameLevel(NameLevel level, String candidateWord, NameFrequencies frequencies) {
        return switch (level) {
            case EXACT -> log2(0.90 / frequencies.forename(candidateWord));
            case VARIANT -> log2(0.10 / 0.002);
            case PHONETIC -> log2(0.08 / 0.003);
            case CLOSE -> log2(0.10 / 0.002);
            case INITIAL -> log2(0.90 / 0.07);
            case PREFIX -> log2(0.05 / 0.01);
            case DIFFERENT -> log2(0.05 / 0.97);
            case MISSING -> 0;
        };
    }

    private static double surnameLevel(NameLevel level, String candidateWord, NameFrequencies frequencies) {
        return switch (level) {
            case EXACT -> log2(0.90 / frequencies.surname(candidateWord));
            case VARIANT -> log2(0.05 / 0.0002);
            case PHONETIC -> log2(0.10 / 0.0005);
            case CLOSE -> log2(0.10 / 0.0003);
            case INITIAL -> log2(0.90 / 0.06);
            case PREFIX -> log2(0.03 / 0.99); // surnames are not shortened: no evidence
            case DIFFERENT -> log2(0.03 / 0.99);
            case MISSING -> 0;
        };
    }

    static double dateOfBirth(DateLevel level) {
        return switch (level) {
            case EXACT -> log2(0.85 / 4e-5);
            case DAY_AND_MONTH_SWAPPED -> log2(0.02 / 4e-5);
            case YEAR_OFF_BY_ONE -> log2(0.03 / 8e-5);
            case ONE_DIGIT_DIFFERENT -> log2(0.05 / 8e-4);
            case SAME_MONTH_AND_YEAR -> log2(0.03 / 1.2e-3);
            case PARTIAL_SAME_MONTH_AND_YEAR -> log2(0.95 / 1.2e-3);
            case PARTIAL_SAME_YEAR -> log2(0.95 / 0.014);
            case SAME_YEAR -> log2(0.02 / 0.014);
            case PARTIAL_YEAR_OFF_BY_ONE -> log2(0.03 / 0.028);
            case WITHIN_RANGE, MISSING -> 0;
            case DIFFERENT -> log2(0.02 / 0.97);
        };
    }

    static double sex(boolean agree) {
        return agree ? log2(0.97 / 0.5) : log2(0.03 / 0.5);
    }

    static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2.0, -weight));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
