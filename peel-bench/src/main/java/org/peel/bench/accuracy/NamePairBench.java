package org.peel.bench.accuracy;

import java.util.List;
import java.util.Map;
import org.peel.match.CandidateName;
import org.peel.match.NameIndex;
import org.peel.match.NameMatcher;
import org.peel.match.NameQuery;
import org.peel.match.PersonEntry;
import org.peel.match.PersonMatch;

/**
 * Precision and recall on the OpenSanctions labelled name pairs (Person rows): name 1 is the query, name 2 the
 * person; a pair is predicted a match when the confidence reaches {@link NameIndex#MATCH_THRESHOLD}.
 */
final class NamePairBench {

    private NamePairBench() {
    }

    record PairResult(int pairs, int truePositives, int falsePositives, int falseNegatives, int trueNegatives, int unreadable) {

        double precision() {
            return truePositives / (double) Math.max(1, truePositives + falsePositives);
        }

        double recall() {
            return truePositives / (double) Math.max(1, truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format("precision %.3f, recall %.3f "
                    + "(TP %d, FP %d, FN %d, TN %d; %d unreadable)", precision(), recall(),
                    truePositives, falsePositives, falseNegatives, trueNegatives, unreadable);
        }
    }

    static PairResult measure(List<Map<String, String>> rows) {
        return measure(rows, NameIndex.MATCH_THRESHOLD);
    }

    static PairResult measure(List<Map<String, String>> rows, double threshold) {
        NameMatcher matcher = NameMatcher.standard();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        int unreadable = 0;
        int pairs = 0;
        for (Map<String, String> row : rows) {
            if (!"Person".equals(row.get("schema"))) {
                continue;
            }
            pairs++;
            boolean truth = "true".equalsIgnoreCase(row.get("is_match"));
            boolean predicted = false;
            String[] left = DataSets.splitFullName(row.get("name1"));
            String[] right = DataSets.splitFullName(row.get("name2"));
            if (left == null || right == null) {
                unreadable++;
            } else {
                PersonMatch match = matcher.score(NameQuery.of(left[0], left[1]),
                        new PersonEntry("p", List.of(new CandidateName(right[0], right[1], true)), List.of(), null));
                predicted = match.confidence() >= threshold;
                if (Boolean.getBoolean("peel.misses") && truth != predicted) {
                    System.err.printf("%s %.3f %s | %s %s%n", truth ? "FN" : "FP", match.confidence(), row.get("name1"),
                            row.get("name2"), match.reasons());
                }
            }
            if (truth && predicted) {
                tp++;
            } else if (truth) {
                fn++;
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
        }
        return new PairResult(pairs, tp, fp, fn, tn, unreadable);
    }
}
