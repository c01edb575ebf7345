package org.peel.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fails when name search gets less accurate than it was when these floors were set (measured value minus a hair;
 * see docs/accuracy.md). Runs on copies of the data under src/test/resources (sources in NOTICE.md there).
 */
class AccuracyGuardTest {

    @ParameterizedTest(name = "FEBRL dataset {0} with name and date of birth finds the same person")
    @ValueSource(ints = {1, 2, 3})
    void febrlWithNameAndDateOfBirthFindsTheSamePerson(int dataset) {
        RecallResult result = RecallMeasure.duplicates("FEBRL " + dataset,
                DataSets.febrl(Csv.readResource("febrl-dataset" + dataset + ".csv")), true);
        assertThat(result.recallAt10()).isGreaterThanOrEqualTo(0.993);
        assertThat(result.recallAt1()).isGreaterThanOrEqualTo(0.984);
    }

    @Test
    void febrl3WithNameOnlyFindsTheSamePersonInTheTopTen() {
        RecallResult result = RecallMeasure.duplicates("FEBRL 3",
                DataSets.febrl(Csv.readResource("febrl-dataset3.csv")), false);
        assertThat(result.recallAt10()).isGreaterThanOrEqualTo(0.928);
    }

    @Test
    void splinkHistoricalSampleWithNameAndDateOfBirthFindsTheSamePerson() {
        RecallResult result = RecallMeasure.duplicates("Splink historical sample",
                DataSets.splinkHistorical(Csv.readResource("splink-historical-sample.csv")), true);
        assertThat(result.recallAt10()).isGreaterThanOrEqualTo(SPLINK_SAMPLE_RECALL_AT_10);
    }

    static final double SPLINK_SAMPLE_RECALL_AT_10 = 0.94;

    @Test
    void everyKindOfVariationInPeelsOwnSetIsFoundInTheTopTen() {
        List<VariationResult> results = VariationSet.standard().measure();
        assertThat(results).hasSize(Variation.values().length);
        assertThat(results).allSatisfy(result -> assertThat(result.recallAt10())
                .as(result.variation().description())
                .isGreaterThanOrEqualTo(result.variation().nameOnly() ? 0.98 : 0.99));
    }

    @Test
    void openSanctionsNamePairsKeepTheirPrecisionAndRecall() {
        NamePairBench.PairResult result = NamePairBench.measure(Csv.readResource("opensanctions-cases.csv"));
        assertThat(result.pairs()).isEqualTo(548);
        assertThat(result.precision()).isGreaterThanOrEqualTo(0.68);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.66);
    }
}
