package org.peel.bench.accuracy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peel.match.NameIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Measures how well Peel's name search finds people, on public benchmark sets and on Peel's own set of variations.
 * Prints Markdown tables (the source of docs/accuracy.md).
 *
 * <p>Run: {@code ./mvnw -q -pl peel-bench -am install -DskipTests && java -cp "$(cat peel-bench/target/classpath.txt)":peel-bench/target/classes org.peel.bench.accuracy.AccuracyHarness /work/shared/data}
 * (see docs/accuracy.md).
 */
@Command(name = "AccuracyHarness", mixinStandardHelpOptions = true,
        description = "Measures recall of Peel's name search on the public sets and on Peel's own variation set.")
public final class AccuracyHarness implements Runnable {

    @Parameters(index = "0", defaultValue = "/work/shared/data",
            description = "the folder of data sets (febrl, splink-historical-50k, ...), default ${DEFAULT-VALUE}")
    private Path data;

    @Parameters(index = "1", defaultValue = "all", description = "which: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    private Which which;

    enum Which { all, febrl, splink, yente, own, opensanctions }

    public static void main(String[] args) {
        System.exit(new CommandLine(new AccuracyHarness()).execute(args));
    }

    @Override
    public void run() {
        String only = which.name();
        List<RecallResult> results = new ArrayList<>();
        System.out.println("| data set | query | queries | recall@1 | recall@10 | MRR@10 |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        if (only.equals("all") || only.equals("febrl")) {
            for (int n = Integer.getInteger("peel.febrlFrom", 1); n <= 3; n++) {
                List<PersonRecord> febrl = DataSets.febrl(Csv.read(DataSets.under(data, "febrl", "dataset" + n + ".csv")));
                print(results, RecallMeasure.duplicates("FEBRL " + n, febrl, true));
                print(results, RecallMeasure.duplicates("FEBRL " + n, febrl, false));
            }
        }
        if (only.equals("all") || only.equals("splink")) {
            List<PersonRecord> splink = DataSets.splinkHistorical(Csv.read(
                    DataSets.under(data, "splink-historical-50k", "historical_figures_with_errors_50k.csv")));
            // all 50k are indexed; the records of one person in five are searched from (the machine has 2 cores)
            print(results, RecallMeasure.duplicates("Splink historical 50k (1 in 5 people searched)", splink, true, 5));
            print(results, RecallMeasure.duplicates("Splink historical 50k (1 in 5 people searched)", splink, false, 5));
        }
        if (only.equals("all") || only.equals("yente")) {
            List<PersonRecord> indexed = new ArrayList<>(DataSets.yente(
                    Csv.read(DataSets.under(data, "yente-screening-fixtures", "positives_un_untreated.csv")), "unt"));
            indexed.addAll(DataSets.yente(
                    Csv.read(DataSets.under(data, "yente-screening-fixtures", "negatives_global.csv")), "neg"));
            List<PersonRecord> treated = DataSets.yente(
                    Csv.read(DataSets.under(data, "yente-screening-fixtures", "positives_un_treated.csv")), "trt");
            print(results, RecallMeasure.measure("yente UN treated vs untreated + 50k global", indexed, treated, true, r -> true));
            print(results, RecallMeasure.measure("yente UN treated vs untreated + 50k global", indexed, treated, false, r -> true));
        }
        if (only.equals("all") || only.equals("own")) {
            System.out.println();
            System.out.println("| variation | cases | recall@1 | recall@10 |");
            System.out.println("|---|---:|---:|---:|");
            for (VariationResult result : VariationSet.standard().measure()) {
                System.out.println(result);
            }
        }
        if (only.equals("all") || only.equals("opensanctions")) {
            System.out.println();
            List<Map<String, String>> cases = Csv.read(DataSets.under(data, "opensanctions-name-bench", "cases.csv"));
            System.out.println("OpenSanctions name pairs (Person rows), name 1 searched against name 2:");
            System.out.println();
            System.out.println("| threshold | result |");
            System.out.println("|---|---|");
            for (double threshold : new double[] {0.5, NameIndex.MATCH_THRESHOLD, 0.9, 0.95, 0.99}) {
                System.out.printf("| %.2f%s | %s |%n", threshold, threshold == NameIndex.MATCH_THRESHOLD ? " (Peel's)" : "",
                        NamePairBench.measure(cases, threshold));
            }
        }
    }

    private static void print(List<RecallResult> results, RecallResult result) {
        results.add(result);
        System.out.println(result);
    }
}
