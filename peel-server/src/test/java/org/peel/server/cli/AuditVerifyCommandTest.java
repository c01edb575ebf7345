package org.peel.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.cli.Commands.Run;
import org.peel.server.testing.TestDatabase;

/**
 * {@code peel audit verify} as the information-security officer runs it, on an embedded database of its own that the
 * test then tampers with as someone holding the database files would. (H2 only: tampering needs a database no other
 * test shares; the PostgreSQL guard and verifier are tested in {@code audit.AuditChainTest}.)
 */
class AuditVerifyCommandTest {

    private Path data;

    @BeforeEach
    void recordTwoPeople() throws IOException {
        data = TestDatabase.newDataDirectory();
        Path people = Files.writeString(data.resolve("people.csv"), String.join("\n",
                "id,forenames,surname,dob,sex,aliases,postcode",
                "A1,John,Smith,1985-03-12,M,,B11 4AB",
                "A2,Aisha,Begum,1990-07,F,,") + "\n");
        assertThat(Commands.run("import", "people", people.toString(), "--data", data.toString()).exitCode())
                .isZero();
    }

    @Test
    void anUntouchedLogVerifies() {
        Run result = Commands.run("audit", "verify", "--data", data.toString());

        assertThat(result.out()).containsPattern("The audit log verifies: [3-9] entries checked, chain head [3-9] ");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void aForgedEntryIsNamedAndTheCommandFails() throws SQLException {
        long forged;
        try (Connection connection = open(); Statement sql = connection.createStatement()) {
            forged = single(sql, "SELECT id FROM audit_entry WHERE chain_seq = 1");
            sql.execute("DROP TRIGGER audit_entry_append_only");
            sql.execute("UPDATE audit_entry SET username = 'someone.else' WHERE id = " + forged);
        }

        Run result = Commands.run("audit", "verify", "--data", data.toString());

        assertThat(result.out()).contains("does NOT verify: audit entry id " + forged + " (chain entry 1)");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void entriesCutFromTheEndAreFoundFromTheHeadTheServerLogged() throws SQLException, IOException {
        Path log;
        try (Connection connection = open(); Statement sql = connection.createStatement()) {
            long last;
            try (ResultSet head = sql.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head")) {
                head.next();
                last = head.getLong(1);
                log = Files.writeString(data.resolve("peel.log"), "{\"message\":\"audit chain head seq="
                        + last + " hash=" + head.getString(2) + "\"}\n");
            }
            sql.execute("DROP TRIGGER audit_entry_append_only");
            sql.execute("DELETE FROM audit_entry WHERE chain_seq = " + last);
            sql.execute("UPDATE audit_chain_head SET last_seq = " + (last - 1) + ", last_hash ="
                    + " (SELECT entry_hash FROM audit_entry WHERE chain_seq = " + (last - 1) + ")");
        }
        assertThat(Commands.run("audit", "verify", "--data", data.toString()).exitCode())
                .as("the shortened chain is consistent in itself").isZero();

        Run result = Commands.run("audit", "verify", "--data", data.toString(), "--log", log.toString());

        assertThat(result.out()).contains(", logged as the head").contains("the log was cut short");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void aBatchSearchWithoutAReasonIsRefusedAndWritesNothingWhereTheForceAsksForOne() throws SQLException, IOException {
        Path queries = Files.writeString(data.resolve("queries.csv"), "query_id,forenames,surname,dob\nq1,John,Smith,\n");
        Path out = data.resolve("unreasoned.csv");

        Run result = Commands.run("search", "--batch", queries.toString(), "--out", out.toString(),
                "--recipient", "Operation Kestrel intelligence cell", "--data", data.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--reason");
        assertThat(out).doesNotExist();
        try (Connection connection = open(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE'")) {
            rows.next();
            assertThat(rows.getLong(1)).isZero();
        }
    }

    @Test
    void aBatchSearchsOutputIsLoggedAsADisclosureToItsRecipient() throws SQLException, IOException {
        Path queries = Files.writeString(data.resolve("queries.csv"), "query_id,forenames,surname,dob\nq1,John,Smith,\n");

        Run result = Commands.run("search", "--batch", queries.toString(), "--out", data.resolve("out.csv").toString(),
                "--recipient", "Operation Kestrel intelligence cell", "--reason", "Trace request TR-2026-0041",
                "--data", data.toString());

        assertThat(result.exitCode()).isZero();
        try (Connection connection = open(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT detail, justification FROM audit_entry WHERE action = 'DISCLOSURE'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).startsWith("to Operation Kestrel intelligence cell: batch search output");
            assertThat(rows.getString(2)).isEqualTo("Trace request TR-2026-0041");
        }
        assertThat(Commands.run("audit", "verify", "--data", data.toString()).exitCode()).isZero();
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/db/peel;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
