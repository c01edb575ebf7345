package org.peel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Data at rest and in logs: the embedded database can be encrypted with a key from configuration, and an unexpected
 * error is logged without its message (see {@link DataDirectoryTest} for the running server).
 */
class DataAtRestTest {

    static final String MARKER = "Qzxmarkerperson";

    @Test
    void anEncryptedDatabaseFileHoldsNoReadableRecordAndOpensOnlyWithItsKey(@TempDir Path directory)
            throws Exception {
        String plainUrl = "jdbc:h2:file:" + directory.resolve("plain/peel") + ";MODE=PostgreSQL";
        String encryptedUrl = "jdbc:h2:file:" + directory.resolve("secret/peel") + ";MODE=PostgreSQL";
        EmbeddedDatabaseProtection.Connection plain = EmbeddedDatabaseProtection.protect(plainUrl, "", null);
        EmbeddedDatabaseProtection.Connection encrypted = EmbeddedDatabaseProtection.protect(encryptedUrl, "",
                "a-long-file-key-from-configuration");
        for (EmbeddedDatabaseProtection.Connection database : List.of(plain, encrypted)) {
            try (Connection connection = DriverManager.getConnection(database.url(), "sa", database.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE person (surname VARCHAR(100))");
                statement.execute("INSERT INTO person VALUES ('" + MARKER + "')");
                statement.execute("SHUTDOWN");
            }
        }

        assertThat(contains(directory.resolve("plain/peel.mv.db"), MARKER)).as("plain file").isTrue();
        assertThat(contains(directory.resolve("secret/peel.mv.db"), MARKER)).as("encrypted file").isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection(encryptedUrl, "sa", "").close())
                .isInstanceOf(SQLException.class);
        try (Connection connection = DriverManager.getConnection(encrypted.url(), "sa", encrypted.password());
             Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("SELECT surname FROM person");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(MARKER);
        }
    }

    @Test
    void anErrorReportNamesTheKindsOfErrorAndNeverTheirMessages() {
        SQLException sql = new SQLException("Value too long for column SURNAME: '" + MARKER + "'", "22001");
        String report = ErrorReport.of(new DataIntegrityViolationException("INSERT INTO person_name VALUES ('"
                + MARKER + "')", sql));

        assertThat(report).contains("DataIntegrityViolationException").contains("SQLException")
                .contains("SQL state 22001").doesNotContain(MARKER);
    }

    private static boolean contains(Path file, String text) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }
}
