package org.peel.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peel.server.cli.Commands.Run;
import org.peel.server.testing.Tags;
import org.peel.server.testing.TestDatabase;

/**
 * The command line as an analyst or the IT team runs it: import, batch search and reindex against a real database
 * (H2 under --data, or PostgreSQL in the PostgreSQL pass through the standard datasource settings).
 */
@Tag(Tags.DATABASE)
class CommandLineTest {

    private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private Path data;
    private Path work;

    @BeforeEach
    void setUp() throws IOException {
        data = TestDatabase.newDataDirectory();
        work = Files.createDirectories(data.resolve("files"));
        if (TestDatabase.isPostgres()) {
            System.setProperty("spring.datasource.url", System.getProperty("peel.test.postgres-url"));
            System.setProperty("spring.datasource.username", "postgres");
            System.setProperty("spring.datasource.password", "");
        }
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("spring.datasource.url");
        System.clearProperty("spring.datasource.username");
        System.clearProperty("spring.datasource.password");
    }

    private Run run(String... args) {
        return Commands.run(args);
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(work.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void importStoresGoodRowsReportsBadRowsByLineAndCountsAddUp() throws IOException {
        Path people = file("people.csv",
                "id,forenames,surname,dob,sex,aliases,postcode",
                prefix + "1,John,Smith,1985-03-12,M,\"SMYTHE, Jon|SMITH, Johnny\",B11 4AB",
                prefix + "2,Aisha,Begum,1990-07,F,,",
                prefix + "3,Bad,Date,1985-02-30,M,,",
                prefix + "4,No,Postcode,1970,M,,NOT A POSTCODE",
                prefix + "5,,,1970,M,,",
                prefix + "6,Wrong,Sex,1970,X,,",
                prefix + "2,Again,Duplicate,1970,F,,",
                "too,few,fields");

        Run result = run("import", "people", people.toString(), "--data", data.toString());

        assertThat(result.out()).contains("Read 8 people: 2 stored, 6 rejected.");
        assertThat(result.err()).contains("line 4: dob '1985-02-30' is not a real date: February 1985 has 28 days")
                .contains("line 5: postcode 'NOT A POSTCODE' is not a UK postcode")
                .contains("line 6: forenames and surname are both empty")
                .contains("line 7: sex must be M, F, U or empty")
                .contains("line 8: id " + prefix + "2 appears earlier in the file")
                .contains("line 9: has 3 fields");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void lineNumbersCountTheLinesOfTheFileAndAFileThatStopsBeingCsvIsReadUpToThere() throws IOException {
        Path people = file("broken.csv",
                "id,forenames,surname,dob,sex,aliases,postcode",
                prefix + "20,Ann,Lines,1980-01-02,F,\"LINES, Annie|",
                "LYNES, Ann\",",
                prefix + "21,Wrong,Sex,1970,X,,",
                prefix + "22,Bad,\"Quote\"d,1970,M,,",
                prefix + "23,Never,Read,1970,M,,");

        Run result = run("import", "people", people.toString(), "--data", data.toString());

        assertThat(result.out()).contains("Read 3 people: 1 stored, 2 rejected.");
        assertThat(result.err()).contains("line 4: sex must be M, F, U or empty")
                .contains("line 5: cannot be read as CSV").contains("the rest of the file was not read");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void importingTheSameFileAgainStoresNothingTwice() throws IOException {
        Path people = file("again.csv", "id,forenames,surname,dob,sex,aliases,postcode",
                prefix + "10,Piotr,Wójcik,1979-11-02,M,,");
        assertThat(run("import", "people", people.toString(), "--data", data.toString()).out())
                .contains("1 stored, 0 rejected");

        Run again = run("import", "people", people.toString(), "--data", data.toString());

        assertThat(again.out()).contains("Read 1 people: 0 stored, 1 rejected.");
        assertThat(again.err()).contains("was imported before");
    }

    @Test
    void aFileWithTheWrongHeaderIsRefusedWithoutStoringAnything() throws IOException {
        Path people = file("wrong.csv", "name,born", "John Smith,1985");

        Run result = run("import", "people", people.toString(), "--data", data.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("line 1: the header must be exactly id,forenames,surname,dob,sex,aliases,postcode");
    }

    @Test
    void batchSearchWritesRankedMatchesWithTheImportedIdsAndReasons() throws IOException {
        Path people = file("people.csv", "id,forenames,surname,dob,sex,aliases,postcode",
                prefix + "A,Robert,Quayle-Brightwater,1961-04-09,M,,",
                prefix + "B,Muhammad,Zafarullah,1988-12-01,M,,",
                prefix + "C,Siobhan,O'Callaghan-Reeve,1975-06-30,F,\"REEVE, Siobhan\",");
        run("import", "people", people.toString(), "--data", data.toString());
        Path queries = file("queries.csv", "query_id,forenames,surname,dob",
                "q1,Bob,Quayle-Brightwater,1961-04-09",
                "q2,Mohammed,Zafarulla,1988-01-12",
                "q3,Siobhan,Reeve,",
                "q4,,,1970",
                "q5,Nobody,Xylophonist-Quartz,1901");
        Path results = work.resolve("results.csv");

        Run result = run("search", "--batch", queries.toString(), "--top", "3", "--out", results.toString(),
                "--reason", "Data quality check", "--data", data.toString());

        assertThat(result.err()).contains("line 5:");
        List<String> lines = Files.readAllLines(results);
        assertThat(lines.get(0)).isEqualTo("query_id,rank,id,confidence,reasons");
        assertThat(lines).anyMatch(line -> line.startsWith("q1,1," + prefix + "A,"));
        assertThat(lines).anyMatch(line -> line.startsWith("q2,1," + prefix + "B,"));
        assertThat(lines).anyMatch(line -> line.startsWith("q3,1," + prefix + "C,"));
        assertThat(lines.stream().filter(line -> line.startsWith("q1,")).count()).isLessThanOrEqualTo(3);
        String q1 = lines.stream().filter(line -> line.startsWith("q1,1,")).findFirst().orElseThrow();
        double confidence = Double.parseDouble(q1.split(",")[3]);
        assertThat(confidence).isBetween(0.0, 1.0);
        assertThat(q1).containsIgnoringCase("nickname");
    }

    @Test
    void reindexRebuildsTheIndexFromTheDatabase() throws IOException {
        Path people = file("people.csv", "id,forenames,surname,dob,sex,aliases,postcode",
                prefix + "R1,Agnieszka,Przybylska,1983-05-17,F,,");
        run("import", "people", people.toString(), "--data", data.toString());

        Run result = run("reindex", "--data", data.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("Rebuilt the person index: [\\d,]+ people");
        Path queries = file("queries.csv", "query_id,forenames,surname,dob", "q1,Agnieszka,Przybylska,1983");
        Path results = work.resolve("after-reindex.csv");
        run("search", "--batch", queries.toString(), "--out", results.toString(), "--reason", "Reindex check",
                "--data", data.toString());
        assertThat(Files.readAllLines(results)).anyMatch(line -> line.startsWith("q1,1," + prefix + "R1,"));
    }

    @Test
    void rowsWithAnEmptySurnameOrForenamesAreStoredAsNotKnownAndFoundByWhatIsKnown() throws IOException {
        Path people = file("unknown-parts.csv", "id,forenames,surname,dob,sex,aliases,postcode",
                prefix + "U1,Tobiah,,1966-08-02,M,,",
                prefix + "U2,,Vanterpool,1972-11-19,F,,");
        Run imported = run("import", "people", people.toString(), "--data", data.toString());
        assertThat(imported.out()).contains("Read 2 people: 2 stored, 0 rejected.");
        Path queries = file("unknown-queries.csv", "query_id,forenames,surname,dob",
                "q1,Tobiah,,1966-08-02",
                "q2,,Vanterpool,1972-11-19");
        Path results = work.resolve("unknown-results.csv");

        run("search", "--batch", queries.toString(), "--out", results.toString(), "--reason", "Names not known check",
                "--data", data.toString());

        List<String> lines = Files.readAllLines(results);
        assertThat(lines).anyMatch(line -> line.startsWith("q1,1," + prefix + "U1,"));
        assertThat(lines).anyMatch(line -> line.startsWith("q2,1," + prefix + "U2,"));
    }
}
