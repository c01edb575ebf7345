package org.peel.bench.scale;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The settings of one scale run, read from the command line.
 *
 * @param people            population members indexed
 * @param directory         where the on-disk index is written (emptied first unless {@code reuse})
 * @param queries           timed one-client searches of each kind (name and DOB, name only)
 * @param throughputQueries searches of each kind made by the clients of the throughput run
 * @param warmUp            untimed searches before timing
 * @param threads           client threads of the throughput run
 * @param batchSize         people per {@code putAll}
 * @param seed              population seed; queries use seed + 1 and up
 * @param reuse             keep an index already built in {@code directory} for the same people and seed
 * @param baseline          also build the plain Lucene baseline over the same people and ask it the same searches
 * @param results           file to which one JSON line per run is appended
 * @param label             free text stored with the results, e.g. the peel-match commit measured
 */
record ScaleOptions(long people, Path directory, int queries, int throughputQueries, int warmUp, int threads,
        int batchSize, long seed, boolean reuse, boolean baseline, Path results, String label) {

    /** The picocli form of the options; {@link #parse} turns it into the record. */
    @Command(name = "ScaleBenchmark", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Builds an on-disk name index of N synthetic people, and the plain Lucene baseline over the "
                    + "same people, and times the same searches on both.")
    static final class Arguments {
        @Option(names = "--people", description = "people to index (default ${DEFAULT-VALUE})")
        long people = 100_000;
        @Option(names = "--dir", description = "index directory, emptied first (default ${DEFAULT-VALUE}); "
                + "the baseline is built beside it, in DIR-baseline")
        Path directory = Path.of("/tmp/peel-scale");
        @Option(names = "--queries", description = "timed one-client searches of each kind (default ${DEFAULT-VALUE})")
        int queries = 5_000;
        @Option(names = "--throughput-queries",
                description = "searches of each kind in the throughput run (default ${DEFAULT-VALUE})")
        int throughputQueries = 5_000;
        @Option(names = "--warmup", description = "untimed searches first (default ${DEFAULT-VALUE})")
        int warmUp = 3_000;
        @Option(names = "--threads", description = "client threads in the throughput run (default ${DEFAULT-VALUE})")
        int threads = 2;
        @Option(names = "--batch", description = "people per putAll (default ${DEFAULT-VALUE})")
        int batchSize = 50_000;
        @Option(names = "--seed", description = "population seed (default ${DEFAULT-VALUE})")
        long seed = 42;
        @Option(names = "--reuse", description = "keep the index in --dir if it holds the same people and seed")
        boolean reuse;
        @Option(names = "--no-baseline", description = "leave out the plain Lucene baseline")
        boolean noBaseline;
        @Option(names = "--results", description = "JSON lines file appended to (default ${DEFAULT-VALUE})")
        Path results = Path.of("/tmp/peel-scale-results.jsonl");
        @Option(names = "--label", description = "stored with the results, e.g. the commit measured")
        String label = "";
    }

    /**
     * Reads the options.
     *
     * @throws IllegalArgumentException naming the option that is wrong, with the usage
     */
    static ScaleOptions parse(String... args) {
        Arguments arguments = new Arguments();
        CommandLine command = new CommandLine(arguments);
        try {
            command.parseArgs(args);
        } catch (CommandLine.ParameterException bad) {
            throw new IllegalArgumentException(bad.getMessage() + "\n" + command.getUsageMessage(), bad);
        }
        positive("--people", arguments.people);
        positive("--queries", arguments.queries);
        positive("--throughput-queries", arguments.throughputQueries);
        positive("--warmup", arguments.warmUp);
        positive("--threads", arguments.threads);
        positive("--batch", arguments.batchSize);
        return new ScaleOptions(arguments.people, arguments.directory, arguments.queries, arguments.throughputQueries,
                arguments.warmUp, arguments.threads, arguments.batchSize, arguments.seed, arguments.reuse,
                !arguments.noBaseline, arguments.results, arguments.label);
    }

    /** True when the arguments ask only for the usage text. */
    static boolean helpOnly(String... args) {
        CommandLine command = new CommandLine(new Arguments());
        try {
            return command.parseArgs(args).isUsageHelpRequested();
        } catch (CommandLine.ParameterException bad) {
            return false;
        }
    }

    static String usage() {
        return new CommandLine(new Arguments()).getUsageMessage();
    }

    Path baselineDirectory() {
        return directory.resolveSibling(directory.getFileName() + "-baseline");
    }

    private static void positive(String option, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be more than 0, got " + value);
        }
    }
}
