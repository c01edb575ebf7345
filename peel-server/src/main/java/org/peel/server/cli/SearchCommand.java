package org.peel.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVPrinter;
import org.peel.match.NameQuery;
import org.peel.match.PartialDate;
import org.peel.match.WrittenDate;
import org.peel.server.people.Identifier;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.platform.JustificationPolicy;
import org.peel.server.search.PersonSearch;
import org.peel.server.search.SearchHit;
import org.peel.server.search.SearchIndexMaintenance;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Batch name search for analysts: a CSV of queries in, a CSV of ranked matches out. Reads
 * {@code query_id,forenames,surname,dob} and writes {@code query_id,rank,id,confidence,reasons}, where {@code id} is
 * the id the person was imported with (or Peel's id for people recorded in Peel).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search for many people at once: --batch QUERIES.csv --out RESULTS.csv.")
class SearchCommand implements Callable<Integer> {

    static final List<String> QUERY_HEADER = List.of("query_id", "forenames", "surname", "dob");
    static final List<String> RESULT_HEADER = List.of("query_id", "rank", "id", "confidence", "reasons");

    @Option(names = "--batch", required = true, description = "CSV of queries: query_id,forenames,surname,dob.")
    Path queries;

    @Option(names = "--top", defaultValue = "10", description = "Matches to keep per query (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--out", required = true, description = "Where to write the results CSV.")
    Path out;

    @Option(names = "--recipient", description = "Who the results are for (a person, unit or body): each person"
            + " in the output is logged as disclosed to them.")
    String recipient;

    @Option(names = "--reason", description = "Why the results are disclosed; required where the force's policy"
            + " asks for a reason before a disclosure (peel.justification.required-for, by default it does).")
    String reason;

    @Option(names = "--data", description = "Data directory of the embedded database and index (default: ./peel-data).")
    Path dataDirectory;

    @Override
    public Integer call() throws IOException {
        if (top < 1 || top > 200) {
            System.err.println("--top must be between 1 and 200, got " + top);
            return 2;
        }
        if (!Files.isReadable(queries)) {
            System.err.println("Cannot read " + queries + ": no such file, or not readable.");
            return 2;
        }
        List<String> queryIds = new ArrayList<>();
        List<NameQuery> nameQueries = new ArrayList<>();
        int rejected = 0;
        try (CsvReader csv = new CsvReader(new BufferedReader(new InputStreamReader(Files.newInputStream(queries),
                StandardCharsets.UTF_8)))) {
            CsvReader.Row header = csv.next();
            if (header == null || !header.fields().stream().map(field -> field.replace("\uFEFF", "").strip()).toList()
                    .equals(QUERY_HEADER)) {
                System.err.println(queries + " line 1: the header must be exactly " + String.join(",", QUERY_HEADER));
                return 2;
            }
            CsvReader.Row row;
            while ((row = csv.next()) != null) {
                if (row.isBlank()) {
                    continue;
                }
                try {
                    nameQueries.add(query(row.fields()));
                    queryIds.add(row.fields().get(0).strip());
                } catch (IllegalArgumentException bad) {
                    rejected++;
                    System.err.println("line " + row.line() + ": " + bad.getMessage());
                }
            }
        } catch (CsvReader.Unreadable unreadable) {
            System.err.println(queries + " line " + unreadable.line() + ": " + unreadable.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandContext.start(dataDirectory)) {
            if ((reason == null || reason.isBlank())
                    && context.getBean(JustificationPolicy.class).requires("DISCLOSURE", People.RECORD_TYPE)) {
                System.err.println("The force's policy asks for a reason before search results are disclosed: give"
                        + " --reason \"...\" (nothing was searched or written).");
                return 2;
            }
            return search(context, nameQueries, queryIds, rejected);
        }
    }

    private int search(ConfigurableApplicationContext context, List<NameQuery> nameQueries, List<String> queryIds,
                       int rejected) throws IOException {
        try (CSVPrinter writer = CsvReader.FORMAT.print(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            context.getBean(SearchIndexMaintenance.class).catchUp();
            long started = System.nanoTime();
            List<List<SearchHit>> results = context.getBean(PersonSearch.class)
                    .searchAll(nameQueries, top, "batch file " + queries.getFileName(), recipient == null
                            ? "no recipient named (results file " + out.getFileName() + ")" : recipient, reason);
            double seconds = (System.nanoTime() - started) / 1e9;
            writer.printRecord(RESULT_HEADER);
            for (int i = 0; i < results.size(); i++) {
                int rank = 1;
                for (SearchHit hit : results.get(i)) {
                    writer.printRecord(queryIds.get(i), Integer.toString(rank++), sourceId(hit.person()),
                            String.format(Locale.ROOT, "%.4f", hit.confidence()), String.join("; ", hit.reasons()));
                }
            }
            System.out.printf("Searched %,d queries (%,d rejected) in %.2f s (%,.0f/s); results in %s%n",
                    nameQueries.size(), rejected, seconds, nameQueries.size() / Math.max(seconds, 1e-9), out);
        }
        return rejected == 0 ? 0 : 1;
    }

    private static NameQuery query(List<String> fields) {
        if (fields.size() != QUERY_HEADER.size()) {
            throw new IllegalArgumentException("has " + fields.size() + " fields; expected " + QUERY_HEADER.size()
                    + " (" + String.join(",", QUERY_HEADER) + ")");
        }
        if (fields.get(0).isBlank()) {
            throw new IllegalArgumentException("query_id is empty");
        }
        String dob = fields.get(3).strip();
        PartialDate dateOfBirth = dob.isEmpty() ? null : WrittenDate.read(dob, java.time.LocalDate.now());
        return new NameQuery(fields.get(1), fields.get(2), dateOfBirth, null, null, null);
    }

    private static String sourceId(Person person) {
        return person.identifiers().stream().filter(identifier -> identifier.type().equals(PeopleCsv.SOURCE_REFERENCE))
                .map(Identifier::value).findFirst().orElse(Long.toString(person.id()));
    }
}
