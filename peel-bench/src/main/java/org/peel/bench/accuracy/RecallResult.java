package org.peel.bench.accuracy;

/** How often a search for a record found another record of the same person. MRR counts ranks up to 10. */
record RecallResult(String dataSet, String mode, int queries, double recallAt1, double recallAt10, double meanReciprocalRank) {

    @Override
    public String toString() {
        return String.format("| %s | %s | %d | %.3f | %.3f | %.3f |", dataSet, mode, queries, recallAt1, recallAt10, meanReciprocalRank);
    }
}
