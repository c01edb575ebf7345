package org.peel.bench.scale;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.peel.match.NameIndex;
import org.peel.match.PersonEntry;
import org.peel.synthetic.SyntheticPopulation;

/**
 * JMH: the latency of one name search on an in-memory index of 100,000 synthetic people, with and without a date of
 * birth. Each invocation runs the next of a fixed list of varied-member searches (the same kind
 * {@link ScaleBenchmark} uses), so the result is an average over realistic names rather than one name's cost.
 *
 * <p>Run (see docs/performance.md):
 * <pre>
 * java -cp "$(cat peel-bench/target/classpath.txt):peel-bench/target/classes" org.openjdk.jmh.Main SearchBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class SearchBenchmark {

    private static final int SEARCHES = 4_096;

    @Param("100000")
    public long people;

    private NameIndex index;
    private List<SearchCase> withDob;
    private List<SearchCase> nameOnly;

    /** The next search of each list, per benchmark thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance() {
            next = (next + 1) % SEARCHES;
            return next;
        }
    }

    @Setup(Level.Trial)
    public void buildIndex() throws IOException {
        SyntheticPopulation population = SyntheticPopulation.withSeed(42);
        index = NameIndex.inMemory();
        List<PersonEntry> entries = LongStream.range(0, people).parallel()
                .mapToObj(number -> PopulationEntries.entry(population.person(number)))
                .toList();
        index.putAll(entries);
        index.commit(Map.of());
        withDob = new SearchCases(population, people, 43).withDateOfBirth(SEARCHES);
        nameOnly = new SearchCases(population, people, 44).nameOnly(SEARCHES);
    }

    @TearDown(Level.Trial)
    public void closeIndex() throws IOException {
        index.close();
    }

    @Benchmark
    public void searchByNameAndDateOfBirth(Cursor cursor, Blackhole results) throws IOException {
        results.consume(index.search(withDob.get(cursor.advance()).query(), SearchMeasure.LIMIT));
    }

    @Benchmark
    public void searchByNameOnly(Cursor cursor, Blackhole results) throws IOException {
        results.consume(index.search(nameOnly.get(cursor.advance()).query(), SearchMeasure.LIMIT));
    }
}
