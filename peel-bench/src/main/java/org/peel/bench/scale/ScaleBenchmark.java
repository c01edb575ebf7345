package org.peel.bench.scale;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.peel.match.NameIndex;
import org.peel.match.PersonEntry;
import org.peel.synthetic.SyntheticPopulation;

/**
 * "Speed at a force's scale": builds an on-disk name index of N synthetic people and measures what an officer and
 * an import would notice — build time, size on disk, heap, search latency for one client, throughput for several,
 * and recall@10 of the varied member (so that fast is not wrong). Prints a report and appends one JSON line to a
 * results file.
 *
 * <p>A benchmark program, not a test. Run it with the heap it should fit in, for example:
 * <pre>
 * ./mvnw -q -B -pl peel-bench -am install -DskipTests
 * java -Xmx4g -cp "$(cat peel-bench/target/classpath.txt):peel-bench/target/classes" \
 *     org.peel.bench.scale.ScaleBenchmark --people 1000000 --dir /tmp/peel-scale-1m
 * </pre>
 * See docs/performance.md, "Name search at scale".
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (ScaleOptions.helpOnly(args)) {
            System.out.println(ScaleOptions.usage());
            return;
        }
        ScaleOptions options;
        try {
            options = ScaleOptions.parse(args);
        } catch (IllegalArgumentException badArguments) {
            System.err.println(badArguments.getMessage());
            System.exit(2);
            return;
        }
        ScaleReport report = run(options, System.out);
        report.print(System.out);
        Files.writeString(options.results(), report.json() + System.lineSeparator(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("appended to " + options.results());
    }

    static ScaleReport run(ScaleOptions options, PrintStream progress) throws IOException {
        ScaleReport.Machine machineAtStart = ScaleReport.Machine.now();
        progress.printf("Peel scale benchmark: %,d people, index in %s, -Xmx %,d MB, load %.2f%n",
                options.people(), options.directory(), machineAtStart.maxHeapBytes() >> 20,
                machineAtStart.loadAverage());
        SyntheticPopulation population = SyntheticPopulation.withSeed(options.seed());

        boolean reusable = false;
        if (options.reuse()) {
            try (NameIndex existing = NameIndex.open(options.directory())) {
                reusable = IndexBuild.holds(existing, options.people(), options.seed());
            }
        }
        IndexBuild.Result build = null;
        if (!reusable) {
            IndexBuild.clear(options.directory());
            try (NameIndex index = NameIndex.open(options.directory())) {
                progress.println("building...");
                build = IndexBuild.build(IndexBuild.peel(index, options.people(), options.seed()), population,
                        options.people(), options.batchSize(), progress);
            }
        }
        long bytes = IndexBuild.bytesOnDisk(options.directory());
        long segments = IndexBuild.segments(options.directory());

        // Reopened as a server would after an import: background merges of the build are over, the heap holds
        // only what searching needs.
        long openStart = System.nanoTime();
        ScaleReport.Baseline baseline = null;
        try (NameIndex index = NameIndex.open(options.directory())) {
            long size = index.size();
            double openSeconds = (System.nanoTime() - openStart) / 1e9;
            if (size != options.people()) {
                throw new IllegalStateException("the index holds " + size + " people, expected " + options.people());
            }
            progress.printf("index open: %,d people, %,d MB on disk, %d segments, opened in %.1f s%n",
                    size, bytes >> 20, segments, openSeconds);

            progress.println("preparing searches...");
            List<SearchCase> warmUp = new SearchCases(population, options.people(), options.seed() + 1)
                    .mixed(options.warmUp());
            List<SearchCase> withDob = new SearchCases(population, options.people(), options.seed() + 2)
                    .withDateOfBirth(options.queries());
            List<SearchCase> nameOnly = new SearchCases(population, options.people(), options.seed() + 3)
                    .nameOnly(options.queries());
            SearchCases throughputCases = new SearchCases(population, options.people(), options.seed() + 4);
            List<SearchCase> withDobForThroughput = throughputCases.withDateOfBirth(options.throughputQueries());
            List<SearchCase> nameOnlyForThroughput = throughputCases.nameOnly(options.throughputQueries());

            SearchMeasure.Searcher peel = SearchMeasure.Searcher.of(index);
            progress.printf("warming up (%,d searches)...%n", warmUp.size());
            SearchMeasure.warmUp(peel, warmUp);
            long heapUsed = ScaleReport.Machine.heapUsedAfterFullGc();
            progress.printf("heap used after full GC: %,d MB%n", heapUsed >> 20);

            progress.println("one client, name and DOB...");
            SearchMeasure.Latency latencyWithDob = SearchMeasure.latency(peel, withDob);
            progress.println("one client, name only...");
            SearchMeasure.Latency latencyNameOnly = SearchMeasure.latency(peel, nameOnly);
            progress.printf("%d clients, name and DOB...%n", options.threads());
            SearchMeasure.Throughput throughputWithDob =
                    SearchMeasure.throughput(peel, withDobForThroughput, options.threads());
            progress.printf("%d clients, name only...%n", options.threads());
            SearchMeasure.Throughput throughputNameOnly =
                    SearchMeasure.throughput(peel, nameOnlyForThroughput, options.threads());

            progress.printf(Locale.ROOT, "Peel: name+DOB p50 %.2f ms, recall@10 %.3f; name only p50 %.2f ms; "
                            + "%.0f and %.0f searches/s; load %.2f%n", latencyWithDob.p50Millis(),
                    latencyWithDob.recallAt10(), latencyNameOnly.p50Millis(), throughputWithDob.searchesPerSecond(),
                    throughputNameOnly.searchesPerSecond(), ScaleReport.Machine.now().loadAverage());
            if (options.baseline()) {
                baseline = baseline(options, population, warmUp, withDob, nameOnly, withDobForThroughput,
                        nameOnlyForThroughput, progress);
            }
            return new ScaleReport(Instant.now(), options, machineAtStart, ScaleReport.Machine.now(),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(), build, bytes, segments, openSeconds,
                    heapUsed, latencyWithDob, latencyNameOnly, throughputWithDob, throughputNameOnly, baseline);
        }
    }

    /** The plain Lucene baseline, built over the same people and asked the same searches, right after Peel. */
    private static ScaleReport.Baseline baseline(ScaleOptions options, SyntheticPopulation population,
            List<SearchCase> warmUp, List<SearchCase> withDob, List<SearchCase> nameOnly,
            List<SearchCase> withDobForThroughput, List<SearchCase> nameOnlyForThroughput, PrintStream progress)
            throws IOException {
        Path directory = options.baselineDirectory();
        IndexBuild.clear(directory);
        Files.createDirectories(directory);
        try (LuceneBaseline lucene = new LuceneBaseline(directory)) {
            progress.println("building the plain Lucene baseline...");
            IndexBuild.Result build = IndexBuild.build(new IndexBuild.Target() {
                @Override
                public void putAll(List<PersonEntry> batch) {
                    lucene.addAll(batch);
                }

                @Override
                public void commit() throws IOException {
                    lucene.commit();
                }
            }, population, options.people(), options.batchSize(), progress);
            long bytes = IndexBuild.bytesOnDisk(directory);
            SearchMeasure.Searcher searcher = lucene::search;
            double load = ScaleReport.Machine.now().loadAverage();
            progress.printf("baseline warming up (%,d searches)...%n", warmUp.size());
            SearchMeasure.warmUp(searcher, warmUp);
            SearchMeasure.Latency latencyWithDob = SearchMeasure.latency(searcher, withDob);
            SearchMeasure.Latency latencyNameOnly = SearchMeasure.latency(searcher, nameOnly);
            SearchMeasure.Throughput throughputWithDob =
                    SearchMeasure.throughput(searcher, withDobForThroughput, options.threads());
            SearchMeasure.Throughput throughputNameOnly =
                    SearchMeasure.throughput(searcher, nameOnlyForThroughput, options.threads());
            return new ScaleReport.Baseline(build, bytes, (load + ScaleReport.Machine.now().loadAverage()) / 2,
                    latencyWithDob, latencyNameOnly, throughputWithDob, throughputNameOnly);
        }
    }
}
