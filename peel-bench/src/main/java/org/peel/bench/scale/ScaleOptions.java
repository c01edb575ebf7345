package org.peel.bench.scale;

import java.nio.file.Path;

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
 * @param results           file to which one JSON line per run is appended
 * @param label             free text stored with the results, e.g. the peel-match commit measured
 */
record ScaleOptions(long people, Path directory, int queries, int throughputQueries, int warmUp, int threads,
        int batchSize, long seed, boolean reuse, Path results, String label) {

    static final String USAGE = """
            ScaleBenchmark: builds an on-disk name index of N synthetic people and times searches on it.
              --people N              people to index (default 100000)
              --dir PATH              index directory, emptied first (default /tmp/peel-scale)
              --queries N             timed one-client searches of each kind (default 5000)
              --throughput-queries N  searches of each kind in the throughput run (default 5000)
              --warmup N              untimed searches first (default 3000)
              --threads N             client threads in the throughput run (default 2)
              --batch N               people per putAll (default 50000)
              --seed N                population seed (default 42)
              --reuse                 keep the index in --dir if it holds the same people and seed
              --results PATH          JSON lines file appended to (default /tmp/peel-scale-results.jsonl)
              --label TEXT            stored with the results, e.g. the commit measured
            """;

    static ScaleOptions parse(String[] args) {
        long people = 100_000;
        Path directory = Path.of("/tmp/peel-scale");
        int queries = 5_000;
        int throughputQueries = 5_000;
        int warmUp = 3_000;
        int threads = 2;
        int batchSize = 50_000;
        long seed = 42;
        boolean reuse = false;
        Path results = Path.of("/tmp/peel-scale-results.jsonl");
        String label = "";
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--reuse")) {
                reuse = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--people" -> people = positive(option, value);
                case "--dir" -> directory = Path.of(value);
                case "--queries" -> queries = (int) positive(option, value);
                case "--throughput-queries" -> throughputQueries = (int) positive(option, value);
                case "--warmup" -> warmUp = (int) positive(option, value);
                case "--threads" -> threads = (int) positive(option, value);
                case "--batch" -> batchSize = (int) positive(option, value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--results" -> results = Path.of(value);
                case "--label" -> label = value;
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        return new ScaleOptions(people, directory, queries, throughputQueries, warmUp, threads, batchSize, seed,
                reuse, results, label);
    }

    private static long positive(String option, String value) {
        long number;
        try {
            number = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'\n" + USAGE);
        }
        if (number <= 0) {
            throw new IllegalArgumentException(option + " must be more than 0, got " + value);
        }
        return number;
    }
}
