package org.peel.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.peel.match.NameIndex;
import org.peel.match.NameQuery;
import org.peel.match.PersonMatch;

/** Times searches against an open index: latency for one client, throughput for several. */
final class SearchMeasure {

    /** Results asked for per search, as the search page shows them; recall is counted within these. */
    static final int LIMIT = 10;

    private SearchMeasure() {
    }

    /**
     * Latency of searches made one after another by one client.
     *
     * @param searches       searches timed
     * @param p50Millis      median latency
     * @param recallAt10     fraction of searches whose varied member came back among the first ten results
     */
    record Latency(int searches, double meanMillis, double p50Millis, double p95Millis, double p99Millis,
            double maxMillis, double recallAt10) {
    }

    /**
     * Searches per second with several clients searching at once, each taking the next search of a fixed list.
     *
     * @param threads          client threads
     * @param searches         searches made in all
     * @param searchesPerSecond searches divided by wall-clock seconds
     */
    record Throughput(int threads, int searches, double seconds, double searchesPerSecond) {
    }

    /** What is measured: Peel's index or the plain Lucene baseline, answering with the ids of the people found. */
    @FunctionalInterface
    interface Searcher {
        List<String> search(NameQuery query, int limit) throws IOException;

        static Searcher of(NameIndex index) {
            return (query, limit) -> index.search(query, limit).stream().map(PersonMatch::id).toList();
        }
    }

    /** Runs the searches without timing them, so the JIT and the caches settle first. */
    static void warmUp(Searcher index, List<SearchCase> cases) throws IOException {
        for (SearchCase search : cases) {
            index.search(search.query(), LIMIT);
        }
    }

    static Latency latency(Searcher index, List<SearchCase> cases) throws IOException {
        long[] nanos = new long[cases.size()];
        int found = 0;
        for (int i = 0; i < cases.size(); i++) {
            SearchCase search = cases.get(i);
            long start = System.nanoTime();
            List<String> ids = index.search(search.query(), LIMIT);
            nanos[i] = System.nanoTime() - start;
            if (ids.contains(search.expectedId())) {
                found++;
            }
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        return new Latency(nanos.length, mean, percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99),
                nanos[nanos.length - 1] / 1e6, (double) found / nanos.length);
    }

    static Throughput throughput(Searcher index, List<SearchCase> cases, int threads) throws IOException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>(threads);
            for (int t = 0; t < threads; t++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < cases.size(); i = next.getAndIncrement()) {
                        try {
                            index.search(cases.get(i).query(), LIMIT);
                        } catch (IOException failed) {
                            throw new UncheckedIOException(failed);
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Throughput(threads, cases.size(), seconds, cases.size() / seconds);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring throughput", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("a search failed", failed.getCause());
        } finally {
            clients.shutdownNow();
        }
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    private static double percentile(long[] sortedNanos, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }
}
