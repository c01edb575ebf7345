package org.peel.server.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Rolling upgrades run the previous build and the new one on the same schema for a while, so every migration newer
 * than the released schema may only expand it: add tables, nullable columns (or columns with a default), indexes
 * and rows. Dropping, renaming, narrowing a column's type or making one NOT NULL breaks the previous build and waits
 * for a contract migration, one release later.
 */
class ExpandThenContractTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
    /** A column added to an existing table: the previous build's inserts do not fill it, so it needs a default. */
    private static final Pattern ADDED_COLUMN = Pattern.compile("\\bALTER\\s+TABLE\\b[^;]*\\bADD\\s+(COLUMN\\s+)?"
            + "(?!CONSTRAINT\\b|CHECK\\b|PRIMARY\\b|FOREIGN\\b|UNIQUE\\b)\\w+\\s");
    private static final List<Pattern> BREAKS_THE_PREVIOUS_BUILD = List.of(
            Pattern.compile("\\bDROP\\s+(TABLE|COLUMN|VIEW|SEQUENCE)\\b"),
            Pattern.compile("\\bRENAME\\b"),
            Pattern.compile("\\bALTER\\s+COLUMN\\b[^;]*\\b(SET\\s+NOT\\s+NULL|TYPE|SET\\s+DATA\\s+TYPE)\\b"),
            Pattern.compile("\\bTRUNCATE\\b"),
            // A new check may refuse what the previous build writes: someone must look, and list it as reviewed.
            Pattern.compile("\\bADD\\s+(CONSTRAINT\\s+\\w+\\s+)?CHECK\\b"));

    @Test
    void everyMigrationAfterTheReleasedSchemaOnlyExpandsIt() throws IOException {
        Released released = released();
        List<String> problems = new ArrayList<>();
        for (Resource migration : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/migration/V*.sql")) {
            Matcher version = VERSION.matcher(migration.getFilename());
            if (!version.matches() || Integer.parseInt(version.group(1)) <= released.version()
                    || released.contracts().contains(Integer.parseInt(version.group(1)))
                    || released.reviewed().contains(Integer.parseInt(version.group(1)))) {
                continue;
            }
            try (InputStream in = migration.getInputStream()) {
                problems.addAll(breakingStatements(migration.getFilename(),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        assertThat(problems).as("migrations that would break the previous build during a rolling upgrade").isEmpty();
    }

    @Test
    void theRuleCatchesDropsRenamesNarrowingAndNewNotNullColumnsButNotExpansion() {
        assertThat(breakingStatements("V1", "ALTER TABLE person DROP COLUMN sex;")).hasSize(1);
        assertThat(breakingStatements("V1", "DROP TABLE person_marker;")).hasSize(1);
        assertThat(breakingStatements("V1", "ALTER TABLE person RENAME COLUMN sex TO gender;")).hasSize(1);
        assertThat(breakingStatements("V1", "ALTER TABLE person ALTER COLUMN sex SET NOT NULL;")).hasSize(1);
        assertThat(breakingStatements("V1", "ALTER TABLE person ADD COLUMN gender VARCHAR(10) NOT NULL;")).hasSize(1);
        assertThat(breakingStatements("V1", "ALTER TABLE person_name ADD CONSTRAINT known"
                + " CHECK (surname IS NOT NULL OR surname_not_known);")).as("a check waits for review, as a check")
                .containsExactly("V1: ALTER TABLE PERSON_NAME ADD CONSTRAINT KNOWN CHECK (SURNAME IS NOT NULL OR SURNAME_NOT_KNOWN)");

        assertThat(breakingStatements("V1", "ALTER TABLE person ADD COLUMN gender VARCHAR(10);")).isEmpty();
        assertThat(breakingStatements("V1",
                "ALTER TABLE person ADD COLUMN gender VARCHAR(10) DEFAULT 'U' NOT NULL;")).isEmpty();
        assertThat(breakingStatements("V1", """
                CREATE TABLE location (id BIGINT NOT NULL PRIMARY KEY, postcode VARCHAR(8) NOT NULL);
                CREATE INDEX location_postcode ON location (postcode);""")).isEmpty();
    }

    static List<String> breakingStatements(String file, String sql) {
        String code = sql.replaceAll("--[^\\n]*", " ").toUpperCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        for (String statement : code.split(";")) {
            if (statement.strip().startsWith("CREATE TABLE")) {
                continue; // a new table's own NOT NULL columns break nothing
            }
            boolean newRequiredColumn = ADDED_COLUMN.matcher(statement).find() && statement.matches("(?s).*\\bNOT\\s+NULL\\b.*")
                    && !statement.matches("(?s).*\\bDEFAULT\\b.*");
            if (newRequiredColumn) {
                problems.add(file + ": " + statement.strip().replaceAll("\\s+", " "));
                continue;
            }
            for (Pattern rule : BREAKS_THE_PREVIOUS_BUILD) {
                if (rule.matcher(statement).find()) {
                    problems.add(file + ": " + statement.strip().replaceAll("\\s+", " "));
                    break;
                }
            }
        }
        return problems;
    }

    private record Released(int version, Set<Integer> contracts, Set<Integer> reviewed) {
    }

    private static Released released() throws IOException {
        int version = -1;
        Set<Integer> contracts = new TreeSet<>();
        Set<Integer> reviewed = new TreeSet<>();
        try (InputStream in = ExpandThenContractTest.class.getResourceAsStream("/released-schema.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (text.startsWith("released ")) {
                    version = Integer.parseInt(text.substring("released ".length()).strip());
                } else if (text.startsWith("contract V")) {
                    contracts.add(Integer.parseInt(text.substring("contract V".length()).split(":")[0].strip()));
                } else if (text.startsWith("reviewed V")) {
                    reviewed.add(Integer.parseInt(text.substring("reviewed V".length()).split(":")[0].strip()));
                }
            }
        }
        assertThat(version).as("released-schema.txt names the released version").isNotNegative();
        return new Released(version, contracts, reviewed);
    }
}
