package org.peel.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.peel.server.people.ImportOutcome;
import org.peel.server.people.People;
import org.peel.server.search.SearchIndexMaintenance;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Loads people from another system's CSV export. Bad rows are reported with their line number and reason and do not
 * stop good rows; a row whose id was imported before is reported and skipped, so an import can be run again safely.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import records from a CSV file. Kinds: people (header id,forenames,surname,dob,sex,aliases,postcode).")
class ImportCommand implements Callable<Integer> {

    private static final int CHUNK = 5_000;

    @Parameters(index = "0", description = "What to import: people.")
    String kind;

    @Parameters(index = "1", description = "The CSV file.")
    Path file;

    @Option(names = "--data", description = "Data directory of the embedded database and index (default: ./peel-data).")
    Path dataDirectory;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        if (!"people".equals(kind)) {
            System.err.println("Unknown kind '" + kind + "': only 'people' can be imported.");
            return 2;
        }
        if (!Files.isReadable(file)) {
            System.err.println("Cannot read " + file + ": no such file, or not readable.");
            return 2;
        }
        long total = countLines(file) - 1;
        try (CsvReader csv = new CsvReader(new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8), 1 << 16))) {
            CsvReader.Row header;
            try {
                header = csv.next();
            } catch (CsvReader.Unreadable unreadable) {
                System.err.println(file + " line 1: " + unreadable.getMessage());
                return 2;
            }
            if (header == null || !stripBom(header.fields()).equals(PeopleCsv.HEADER)) {
                System.err.println(file + " line 1: the header must be exactly " + String.join(",", PeopleCsv.HEADER)
                        + (header == null ? " (the file is empty)" : ", got " + String.join(",", header.fields())));
                return 2;
            }
            try (ConfigurableApplicationContext context = CommandContext.start(dataDirectory)) {
                return importRows(csv, context, total, out);
            }
        }
    }

    private static int importRows(CsvReader csv, ConfigurableApplicationContext context, long total, PrintStream out)
            throws IOException {
        People people = context.getBean(People.class);
        SearchIndexMaintenance index = context.getBean(SearchIndexMaintenance.class);
        ImportTally tally = new ImportTally();
        ProgressBar progress = new ProgressBar(System.err, "people", Math.max(total, 0));
        Set<String> seenIds = new HashSet<>();
        List<CsvReader.Row> chunk = new ArrayList<>(CHUNK);
        CsvReader.Row row;
        while ((row = nextRow(csv, tally)) != null) {
            if (row.isBlank()) {
                continue;
            }
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                importChunk(chunk, people, seenIds, tally);
                index.catchUp();
                chunk.clear();
                progress.update(tally.read);
            }
        }
        importChunk(chunk, people, seenIds, tally);
        index.catchUp();
        progress.finish(tally.read);
        tally.rejections.forEach(System.err::println);
        out.printf("Read %,d people: %,d stored, %,d rejected.%n", tally.read, tally.stored, tally.rejected);
        return tally.rejected == 0 ? 0 : 1;
    }

    /** The next row, or null at the end of the file or where it stops being CSV (a rejection that ends the read). */
    private static CsvReader.Row nextRow(CsvReader csv, ImportTally tally) {
        try {
            return csv.next();
        } catch (CsvReader.Unreadable unreadable) {
            tally.read++;
            tally.reject(unreadable.line(), unreadable.getMessage());
            return null;
        }
    }

    private static void importChunk(List<CsvReader.Row> rows, People people, Set<String> seenIds, ImportTally tally) {
        if (rows.isEmpty()) {
            return;
        }
        List<PeopleCsv.Person> parsed = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (CsvReader.Row row : rows) {
            tally.read++;
            PeopleCsv.ParsedRow result = PeopleCsv.parse(row.fields());
            if (result instanceof PeopleCsv.Unreadable unreadable) {
                tally.reject(row.line(), unreadable.reason());
            } else if (result instanceof PeopleCsv.Person person) {
                if (!seenIds.add(person.sourceId())) {
                    tally.reject(row.line(), "id " + person.sourceId() + " appears earlier in the file");
                } else {
                    parsed.add(person);
                    lines.add(row.line());
                }
            }
        }
        Set<String> known = people.existingIdentifierValues(PeopleCsv.SOURCE_REFERENCE,
                parsed.stream().map(PeopleCsv.Person::sourceId).toList());
        List<PeopleCsv.Person> fresh = new ArrayList<>();
        List<Long> freshLines = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (known.contains(parsed.get(i).sourceId())) {
                tally.reject(lines.get(i), "id " + parsed.get(i).sourceId() + " was imported before");
            } else {
                fresh.add(parsed.get(i));
                freshLines.add(lines.get(i));
            }
        }
        List<ImportOutcome> outcomes = people.importAll(fresh.stream().map(PeopleCsv.Person::details).toList(),
                "people import");
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) instanceof ImportOutcome.Rejected rejected) {
                tally.reject(freshLines.get(i), rejected.errors().stream()
                        .map(error -> describeField(error.field()) + " " + error.message())
                        .collect(Collectors.joining("; ")));
            } else {
                tally.stored++;
            }
        }
    }

    /** Names a field of the person the way the CSV calls it. */
    private static String describeField(String field) {
        return field.replace("names[0].surname", "surname").replace("names[0].forenames", "forenames")
                .replace("datesOfBirth[0]", "dob").replace("addresses[0].postcode", "postcode")
                .replace("identifiers[0].value", "id").replaceAll("names\\[(\\d+)\\]\\.", "alias $1 ");
    }

    private static List<String> stripBom(List<String> header) {
        List<String> fields = new ArrayList<>(header);
        if (!fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
            fields.set(0, fields.get(0).substring(1));
        }
        return fields.stream().map(String::strip).toList();
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    private static final class ImportTally {
        long read;
        long stored;
        long rejected;
        final List<String> rejections = new ArrayList<>();

        void reject(long line, String reason) {
            rejected++;
            if (rejections.size() < 10_000) {
                rejections.add("line " + line + ": " + reason);
            } else if (rejections.size() == 10_000) {
                rejections.add("(further rejected rows are counted but not listed)");
            }
        }
    }
}
