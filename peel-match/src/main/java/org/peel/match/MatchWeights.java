package org.peel.match;

/**
 * The match weights (log2 of m/u) of each comparison level, and the prior. The reasoning behind every m and u is in
 * docs/matching.md; in short: m is how often true matches in police-style data (FEBRL, Splink's historical set)
 * show the level, u how often two different people do. For exact name agreement u is the share of people with that
 * name (term-frequency adjustment), so agreeing on a rare surname counts for more than agreeing on SMITH.
 */
final class MatchWeights {

    /** log2 of the prior odds that a person who reached the scorer is the one searched for. */
    static final double PRIOR = -6.0;
    /** Cost of reading the query's forename as the candidate's surname and the other way round. */
    static final double SWAPPED = -1.0;
    /** Cost of agreeing on one part of a double-barrelled surname or a middle name only. */
    static final double PART_ONLY = -1.5;

    private MatchWeights() {
    }

    static double forename(NameLevel level, String candidateWord, NameFrequencies frequencies) {
        return switch (level) {
            case EXACT -> log2(0.90 / Math.max(frequencies.forename(candidateWord), 1e-4));
            case VARIANT -> log2(0.05 / 0.0015);
            case PHONETIC -> log2(0.05 / 0.003);
            case CLOSE -> log2(0.05 / 0.003);
            case INITIAL -> log2(0.90 / 0.07);
            case DIFFERENT -> log2(0.05 / 0.97);
            case MISSING -> 0;
        };
    }

    static double surname(NameLevel level, String candidateWord, NameFrequencies frequencies) {
        return switch (level) {
            case EXACT -> log2(0.90 / frequencies.surname(candidateWord));
            case VARIANT -> log2(0.03 / 0.0005);
            case PHONETIC -> log2(0.05 / 0.001);
            case CLOSE -> log2(0.05 / 0.001);
            case INITIAL -> log2(0.90 / 0.06);
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
