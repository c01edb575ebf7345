package org.peel.match;

/**
 * The result of comparing one name part of the query with the candidate's.
 *
 * @param level         how well they agree
 * @param weight        the match weight in bits, including any cost for agreeing on a part only
 * @param candidateWord the candidate's normalised word the query agreed with (null when missing)
 * @param variantKind   for {@link NameLevel#VARIANT}, nickname or spelling
 * @param partOnly      true when only one part agreed (one half of a double-barrelled surname, a middle name)
 */
record PartComparison(NameLevel level, double weight, String candidateWord, VariantKind variantKind, boolean partOnly) {

    static final PartComparison MISSING = new PartComparison(NameLevel.MISSING, 0, null, null, false);

    PartComparison withWeight(double newWeight) {
        return new PartComparison(level, newWeight, candidateWord, variantKind, partOnly);
    }

    PartComparison asPartOnly() {
        return new PartComparison(level, weight + MatchWeights.PART_ONLY, candidateWord, variantKind, true);
    }
}
