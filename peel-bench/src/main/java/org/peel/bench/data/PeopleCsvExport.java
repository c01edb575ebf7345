package org.peel.bench.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peel.synthetic.SyntheticName;
import org.peel.synthetic.SyntheticPerson;
import org.peel.synthetic.SyntheticPopulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Writes a synthetic population in Peel's people import format ({@code id,forenames,surname,dob,sex,aliases,postcode}),
 * for measuring {@code peel.jar import people}:
 *
 * <pre>java -cp "$(cat peel-bench/target/classpath.txt):peel-bench/target/classes" \
 *     org.peel.bench.data.PeopleCsvExport 1000000 /tmp/people-1m.csv</pre>
 */
@Command(name = "PeopleCsvExport", mixinStandardHelpOptions = true,
        description = "Writes members 0 to COUNT - 1 of the synthetic population (seed 42) as a people import CSV.")
public final class PeopleCsvExport implements Callable<Integer> {

    /** The columns of the people import (peel-server's PeopleCsv reads the same). */
    static final String[] HEADER = {"id", "forenames", "surname", "dob", "sex", "aliases", "postcode"};

    @Parameters(index = "0", description = "people to write")
    private long count;

    @Parameters(index = "1", description = "the CSV file to write")
    private Path file;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PeopleCsvExport()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        SyntheticPopulation population = SyntheticPopulation.withSeed(42);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').get();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            for (long number = 0; number < count; number++) {
                SyntheticPerson person = population.person(number);
                List<String> aliases = new ArrayList<>();
                for (SyntheticName alias : person.aliases()) {
                    aliases.add(alias.surname().toUpperCase(Locale.ROOT) + ", " + alias.forenames());
                }
                printer.printRecord("P" + number, person.name().forenames(), person.name().surname(),
                        person.datesOfBirth().get(0).toString(), person.sex(), String.join("|", aliases),
                        person.address().postcode());
            }
        }
        return 0;
    }
}
