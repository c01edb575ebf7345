package org.peel.bench.scale;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one scale run: printed for people, and as one JSON line for the results file.
 *
 * @param build    null when an index built earlier was reused
 * @param baseline the plain Lucene baseline over the same people and searches, null when left out
 */
record ScaleReport(Instant finished, ScaleOptions options, Machine atStart, Machine atEnd, List<String> jvmArguments,
        IndexBuild.Result build, long bytesOnDisk, long segments, double openSeconds, long heapUsedBytes,
        SearchMeasure.Latency latencyWithDob, SearchMeasure.Latency latencyNameOnly,
        SearchMeasure.Throughput throughputWithDob, SearchMeasure.Throughput throughputNameOnly, Baseline baseline) {

    /** What the plain Lucene baseline did in the same run, with the load average when it was measured. */
    record Baseline(IndexBuild.Result build, long bytesOnDisk, double loadAverage,
            SearchMeasure.Latency latencyWithDob, SearchMeasure.Latency latencyNameOnly,
            SearchMeasure.Throughput throughputWithDob, SearchMeasure.Throughput throughputNameOnly) {
    }

    /**
     * The machine as a run sees it; the load average matters because the benchmark machine is shared.
     *
     * @param loadAverage one-minute load average (as {@code uptime} shows), -1 when unknown
     */
    record Machine(int processors, double loadAverage, long maxHeapBytes) {

        static Machine now() {
            return new Machine(Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().maxMemory());
        }

        /** Heap in use once garbage is collected: what the open, warmed index and the JVM really hold. */
        static long heapUsedAfterFullGc() {
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }

    void print(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "=== Name search at scale: %,d people (%s) ===%n", options.people(), finished);
        out.printf(Locale.ROOT, "machine: %d cores, load %.2f at start, %.2f at end; -Xmx %,d MB; JVM %s %s%n",
                atStart.processors(), atStart.loadAverage(), atEnd.loadAverage(), atStart.maxHeapBytes() >> 20,
                System.getProperty("java.version"), jvmArguments);
        if (build == null) {
            out.println("build: reused the index built by an earlier run");
        } else {
            out.printf(Locale.ROOT, "build: %.1f s (%,.0f people/s; generating entries %.1f s, final commit %.1f s)%n",
                    build.seconds(), build.peoplePerSecond(), build.generationSeconds(), build.commitSeconds());
        }
        out.printf(Locale.ROOT, "index: %,d bytes on disk (%.2f GB, %.0f bytes/person), %d segments, opened in %.1f s%n",
                bytesOnDisk, bytesOnDisk / 1e9, (double) bytesOnDisk / options.people(), segments, openSeconds);
        out.printf(Locale.ROOT, "heap: %,d MB used after full GC with the index open and warmed (max %,d MB)%n",
                heapUsedBytes >> 20, atStart.maxHeapBytes() >> 20);
        out.println();
        out.println("| searches | one client: n | p50 ms | p95 ms | p99 ms | max ms | recall@10 | "
                + options.threads() + " clients: searches/s |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        out.println(row("name + DOB", latencyWithDob, throughputWithDob));
        out.println(row("name only", latencyNameOnly, throughputNameOnly));
        if (baseline == null) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "plain Lucene baseline (same people and searches, load %.2f): build %.1f s (%,.0f people/s), "
                        + "%,d bytes on disk%n", baseline.loadAverage(), baseline.build().seconds(),
                baseline.build().peoplePerSecond(), baseline.bytesOnDisk());
        out.println("| searches | p50 ms | p95 ms | p99 ms | max ms | recall@10 | " + options.threads()
                + " clients: searches/s |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        out.println(baselineRow("name + DOB", baseline.latencyWithDob(), baseline.throughputWithDob()));
        out.println(baselineRow("name only", baseline.latencyNameOnly(), baseline.throughputNameOnly()));
        out.println();
        out.println("Peel as a ratio to the baseline (time: below 1 is faster; rate and recall: above 1 is better)");
        out.println("| searches | p50 | p99 | searches/s | recall@10 |");
        out.println("|---|---:|---:|---:|---:|");
        out.println(ratioRow("name + DOB", latencyWithDob, throughputWithDob, baseline.latencyWithDob(),
                baseline.throughputWithDob()));
        out.println(ratioRow("name only", latencyNameOnly, throughputNameOnly, baseline.latencyNameOnly(),
                baseline.throughputNameOnly()));
        if (build != null) {
            out.printf(Locale.ROOT, "build people/s: %.2f x the baseline's%n",
                    build.peoplePerSecond() / baseline.build().peoplePerSecond());
        }
    }

    private static String baselineRow(String kind, SearchMeasure.Latency latency, SearchMeasure.Throughput throughput) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.1f | %.3f | %.0f |", kind,
                latency.p50Millis(), latency.p95Millis(), latency.p99Millis(), latency.maxMillis(),
                latency.recallAt10(), throughput.searchesPerSecond());
    }

    private static String ratioRow(String kind, SearchMeasure.Latency peel, SearchMeasure.Throughput peelRate,
            SearchMeasure.Latency lucene, SearchMeasure.Throughput luceneRate) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.3f |", kind,
                peel.p50Millis() / lucene.p50Millis(), peel.p99Millis() / lucene.p99Millis(),
                peelRate.searchesPerSecond() / luceneRate.searchesPerSecond(),
                peel.recallAt10() / lucene.recallAt10());
    }

    private static String row(String kind, SearchMeasure.Latency latency, SearchMeasure.Throughput throughput) {
        return String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.1f | %.3f | %.0f |", kind,
                latency.searches(), latency.p50Millis(), latency.p95Millis(), latency.p99Millis(),
                latency.maxMillis(), latency.recallAt10(), throughput.searchesPerSecond());
    }

    /** One line of JSON with every number of the run. */
    String json() {
        StringBuilder json = new StringBuilder("{");
        field(json, "finished", quoted(finished.toString()));
        field(json, "label", quoted(options.label()));
        field(json, "people", options.people());
        field(json, "processors", atStart.processors());
        field(json, "loadAtStart", number(atStart.loadAverage()));
        field(json, "loadAtEnd", number(atEnd.loadAverage()));
        field(json, "maxHeapMB", atStart.maxHeapBytes() >> 20);
        field(json, "jvmArguments", quoted(String.join(" ", jvmArguments)));
        field(json, "buildSeconds", build == null ? "null" : number(build.seconds()));
        field(json, "peoplePerSecond", build == null ? "null" : number(build.peoplePerSecond()));
        field(json, "generationSeconds", build == null ? "null" : number(build.generationSeconds()));
        field(json, "commitSeconds", build == null ? "null" : number(build.commitSeconds()));
        field(json, "bytesOnDisk", bytesOnDisk);
        field(json, "segments", segments);
        field(json, "openSeconds", number(openSeconds));
        field(json, "heapUsedAfterGcMB", heapUsedBytes >> 20);
        latency(json, "nameDob", latencyWithDob);
        latency(json, "nameOnly", latencyNameOnly);
        throughput(json, "nameDob", throughputWithDob);
        throughput(json, "nameOnly", throughputNameOnly);
        if (baseline != null) {
            field(json, "baselineLoad", number(baseline.loadAverage()));
            field(json, "baselineBuildSeconds", number(baseline.build().seconds()));
            field(json, "baselinePeoplePerSecond", number(baseline.build().peoplePerSecond()));
            field(json, "baselineBytesOnDisk", baseline.bytesOnDisk());
            latency(json, "baselineNameDob", baseline.latencyWithDob());
            latency(json, "baselineNameOnly", baseline.latencyNameOnly());
            throughput(json, "baselineNameDob", baseline.throughputWithDob());
            throughput(json, "baselineNameOnly", baseline.throughputNameOnly());
        }
        json.setLength(json.length() - 1);
        return json.append('}').toString();
    }

    private static void latency(StringBuilder json, String kind, SearchMeasure.Latency latency) {
        field(json, kind + "Searches", latency.searches());
        field(json, kind + "MeanMs", number(latency.meanMillis()));
        field(json, kind + "P50Ms", number(latency.p50Millis()));
        field(json, kind + "P95Ms", number(latency.p95Millis()));
        field(json, kind + "P99Ms", number(latency.p99Millis()));
        field(json, kind + "MaxMs", number(latency.maxMillis()));
        field(json, kind + "RecallAt10", number(latency.recallAt10()));
    }

    private static void throughput(StringBuilder json, String kind, SearchMeasure.Throughput throughput) {
        field(json, kind + "ThroughputThreads", throughput.threads());
        field(json, kind + "ThroughputSearches", throughput.searches());
        field(json, kind + "SearchesPerSecond", number(throughput.searchesPerSecond()));
    }

    private static void field(StringBuilder json, String name, Object value) {
        json.append('"').append(name).append("\":").append(value).append(',');
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
