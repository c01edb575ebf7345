package org.peel.bench.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.peel.synthetic.SyntheticName;
import org.peel.synthetic.SyntheticPerson;
import org.peel.synthetic.SyntheticPopulation;

/**
 * Writes a synthetic population in Peel's people import format ({@code id,forenames,surname,dob,sex,aliases,postcode}),
 * for measuring {@code peel.jar import people}:
 *
 * <pre>java -cp "$(cat peel-bench/target/classpath.txt):peel-bench/target/classes" \
 *     org.peel.bench.data.PeopleCsvExport 1000000 /tmp/people-1m.csv</pre>
 */
public final class PeopleCsvExport {

    private PeopleCsvExport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PeopleCsvExport COUNT FILE.csv");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        SyntheticPopulation population = SyntheticPopulation.withSeed(42);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("id,forenames,surname,dob,sex,aliases,postcode\n");
            for (long number = 0; number < count; number++) {
                SyntheticPerson person = population.person(number);
                List<String> aliases = new ArrayList<>();
                for (SyntheticName alias : person.aliases()) {
                    aliases.add(alias.surname().toUpperCase() + ", " + alias.forenames());
                }
                out.write(String.join(",", List.of("P" + number, quote(person.name().forenames()),
                        quote(person.name().surname()), person.datesOfBirth().get(0).toString(), person.sex(),
                        quote(String.join("|", aliases)), person.address().postcode())));
                out.write('\n');
            }
        }
    }

    private static String quote(String field) {
        return field.indexOf(',') < 0 && field.indexOf('"') < 0 ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
