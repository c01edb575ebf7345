package org.peel.bench.accuracy;

/** Recall of Peel's own generated cases of one kind of variation. */
record VariationResult(Variation variation, int cases, double recallAt1, double recallAt10) {

    @Override
    public String toString() {
        return String.format("| %s | %d | %.3f | %.3f |", variation.description(), cases, recallAt1, recallAt10);
    }
}
