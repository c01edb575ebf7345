package org.peel.bench.scale;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.peel.match.NameIndex;
import org.peel.match.PersonEntry;
import org.peel.synthetic.SyntheticPopulation;

/**
 * Fills an on-disk name index with population members 0 to N - 1, the way an import does: entries generated in
 * parallel a batch at a time, each batch handed to {@link NameIndex#putAll}, one commit at the end.
 */
final class IndexBuild {

    /** Commit user data saying which population the index holds, so a later run can reuse it. */
    static final String PEOPLE_KEY = "scale.people";
    static final String SEED_KEY = "scale.seed";

    private IndexBuild() {
    }

    /**
     * What the build took.
     *
     * @param people            people indexed
     * @param seconds           wall-clock time from the first entry generated to the commit returning
     * @param generationSeconds of which generating the synthetic entries (the rest is the index)
     * @param commitSeconds     of which the final commit
     */
    record Result(long people, double seconds, double generationSeconds, double commitSeconds) {

        double peoplePerSecond() {
            return people / seconds;
        }
    }

    /** Where the batches go: Peel's index, or the plain Lucene baseline. */
    interface Target {
        void putAll(List<PersonEntry> batch) throws IOException;

        void commit() throws IOException;
    }

    static Target peel(NameIndex index, long people, long seed) {
        return new Target() {
            @Override
            public void putAll(List<PersonEntry> batch) throws IOException {
                index.putAll(batch);
            }

            @Override
            public void commit() throws IOException {
                index.commit(Map.of(PEOPLE_KEY, Long.toString(people), SEED_KEY, Long.toString(seed)));
            }
        };
    }

    static Result build(Target index, SyntheticPopulation population, long people, int batchSize,
            PrintStream progress) throws IOException {
        long start = System.nanoTime();
        long generating = 0;
        long nextReport = start + 30_000_000_000L;
        for (long from = 0; from < people; from += batchSize) {
            long to = Math.min(people, from + batchSize);
            long generateStart = System.nanoTime();
            List<PersonEntry> batch = LongStream.range(from, to).parallel()
                    .mapToObj(number -> PopulationEntries.entry(population.person(number)))
                    .toList();
            generating += System.nanoTime() - generateStart;
            index.putAll(batch);
            long now = System.nanoTime();
            if (now >= nextReport) {
                progress.printf("  %,d people in %.0f s (%,.0f people/s)%n", to, (now - start) / 1e9,
                        to / ((now - start) / 1e9));
                nextReport = now + 30_000_000_000L;
            }
        }
        long commitStart = System.nanoTime();
        index.commit();
        long end = System.nanoTime();
        return new Result(people, (end - start) / 1e9, generating / 1e9, (end - commitStart) / 1e9);
    }

    /** True when the index in this directory was built by this benchmark for the same people and seed. */
    static boolean holds(NameIndex index, long people, long seed) throws IOException {
        Map<String, String> data = index.committedUserData();
        return Long.toString(people).equals(data.get(PEOPLE_KEY)) && Long.toString(seed).equals(data.get(SEED_KEY));
    }

    /** Bytes of all files under the directory. */
    static long bytesOnDisk(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(IndexBuild::size).sum();
        }
    }

    /** Lucene segments in the directory (one .si file each): many segments make searches slower. */
    static long segments(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".si")).count();
        }
    }

    /**
     * Empties a directory left by an earlier run. Refuses a directory that holds anything but a Lucene index, so a
     * mistyped {@code --dir} cannot delete someone's files.
     */
    static void clear(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.toList();
        }
        boolean luceneOnly = files.stream().allMatch(file -> Files.isRegularFile(file) && isLuceneFile(file));
        if (!luceneOnly) {
            throw new IllegalArgumentException(directory + " holds files that are not a Lucene index; "
                    + "give --dir an empty or new directory, e.g. /tmp/peel-scale");
        }
        for (Path file : files) {
            Files.delete(file);
        }
    }

    private static boolean isLuceneFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("segments") || name.startsWith("_") || name.equals("write.lock");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
