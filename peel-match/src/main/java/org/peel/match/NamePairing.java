package org.peel.match;

/** One of the candidate's names compared with the query, straight or with forenames and surname swapped. */
record NamePairing(PreparedName name, PartComparison forenames, PartComparison surname, boolean swapped) {

    double weight() {
        return forenames.weight() + surname.weight() + (swapped ? MatchWeights.SWAPPED : 0);
    }
}
