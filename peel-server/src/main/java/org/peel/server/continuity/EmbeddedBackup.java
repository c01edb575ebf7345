package org.peel.server.continuity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * Online backup of the embedded (H2) database: a transactionally consistent copy taken while the server keeps
 * writing, with H2's {@code BACKUP TO}. The database file is held open by the running server, so a backup asked for
 * from the command line is handed to that server through its local operations address (see
 * {@link OperationsEndpoint}); when no server runs, the command opens the database itself.
 */
public final class EmbeddedBackup {

    private EmbeddedBackup() {
    }

    /** Where the embedded database of a data directory lives, as a JDBC address. */
    public static String databaseUrl(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().normalize().resolve("db/peel")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
    }

    /** Whether a data directory holds an embedded database. */
    public static boolean hasDatabase(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve("db/peel.mv.db"));
    }

    /**
     * Backs up the embedded database of a data directory into a zip file, through the running server if there is
     * one, otherwise directly.
     *
     * @return how the backup was taken, in words
     */
    public static String backUp(Path dataDirectory, Path zipFile) {
        Path target = zipFile.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " already exists; name a new file");
        }
        if (!hasDatabase(dataDirectory)) {
            throw new IllegalArgumentException(dataDirectory + " holds no embedded Peel database");
        }
        Optional<HttpResponse<String>> online = LocalOperations.ask(dataDirectory, OperationsEndpoint.BACKUP_PATH,
                target.toString(), Duration.ofMinutes(30));
        if (online.isPresent()) {
            if (online.get().statusCode() != 200) {
                throw new IllegalStateException("The server refused the backup: " + online.get().statusCode() + " "
                        + online.get().body());
            }
            return "online, through the server running on this data directory";
        }
        try (Connection connection = DriverManager.getConnection(databaseUrl(dataDirectory), "sa", "")) {
            backUp(connection, target);
            return "directly (no server was running on this data directory)";
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the database to back it up: " + e.getMessage(), e);
        }
    }

    static void backUp(Connection connection, Path target) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        }
    }

    /**
     * Restores a backup into a data directory that holds no database yet. The search index is not in the backup;
     * the caller rebuilds it.
     */
    public static void restore(Path zipFile, Path dataDirectory) {
        if (!Files.isRegularFile(zipFile)) {
            throw new IllegalArgumentException(zipFile + " is not a backup file");
        }
        if (hasDatabase(dataDirectory)) {
            throw new IllegalArgumentException(dataDirectory + " already holds a database; restore into an empty "
                    + "data directory");
        }
        try {
            Files.createDirectories(dataDirectory.resolve("db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        org.h2.tools.Restore.execute(zipFile.toAbsolutePath().toString(),
                dataDirectory.resolve("db").toAbsolutePath().toString(), "peel");
        if (!hasDatabase(dataDirectory)) {
            throw new IllegalArgumentException(zipFile + " holds no Peel database");
        }
    }
}
