package org.peel.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.core.env.Environment;

/**
 * Protects the embedded database and everything else under the data directory at rest:
 * <ul>
 *   <li>the data directory and its folders are readable by the service user only ({@code rwx------}), made so before
 *       the database opens, and every file already there is {@code rw-------} ({@link #restrictToOwner});</li>
 *   <li>H2 writes no trace file ({@code TRACE_LEVEL_FILE=0}): its trace holds failed SQL with the values in it;</li>
 *   <li>with {@code peel.database.file-key} (environment {@code PEEL_DATABASE_FILE_KEY}) set, the database file is
 *       encrypted with AES ({@code CIPHER=AES}; H2 takes the file key before the user's password). Set it before the
 *       first start: an existing plain database must first be converted with H2's {@code ChangeFileEncryption}.</li>
 * </ul>
 * PostgreSQL is left as configured: its storage and TLS are the database administrator's (docs/security.md).
 */
final class EmbeddedDatabaseProtection implements BeanPostProcessor {

    static final String FILE_KEY = "peel.database.file-key";
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final Environment environment;

    EmbeddedDatabaseProtection(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null
                && properties.getUrl().startsWith("jdbc:h2:file:")) {
            Path dataDirectory = Path.of(environment.getProperty("peel.data-dir", "./peel-data"));
            try {
                Files.createDirectories(dataDirectory.resolve("db"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the database folder under " + dataDirectory, e);
            }
            restrictToOwner(dataDirectory);
            Connection protectedConnection = protect(properties.getUrl(), properties.getPassword(),
                    environment.getProperty(FILE_KEY));
            properties.setUrl(protectedConnection.url());
            properties.setPassword(protectedConnection.password());
        }
        return bean;
    }

    /** A JDBC address and password. */
    record Connection(String url, String password) {
    }

    /** The H2 address and password with no trace file, and encrypted with {@code fileKey} when one is given. */
    static Connection protect(String url, String password, String fileKey) {
        String protectedUrl = url.contains("TRACE_LEVEL_FILE=") ? url : url + ";TRACE_LEVEL_FILE=0";
        if (fileKey == null || fileKey.isBlank()) {
            return new Connection(protectedUrl, password);
        }
        if (fileKey.contains(" ")) {
            throw new IllegalStateException(FILE_KEY + " must not contain spaces");
        }
        return new Connection(protectedUrl.contains("CIPHER=") ? protectedUrl : protectedUrl + ";CIPHER=AES",
                fileKey + " " + (password == null ? "" : password));
    }

    /**
     * Makes {@code dataDirectory} (created if need be) and every folder under it {@code rwx------}, and every file
     * {@code rw-------}. Does nothing where the file system has no POSIX permissions.
     */
    static void restrictToOwner(Path dataDirectory) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path root = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    if (!Files.isSymbolicLink(path)) {
                        Files.setPosixFilePermissions(path, Files.isDirectory(path) ? OWNER_DIRECTORY : OWNER_FILE);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the data directory " + root + " to its owner", e);
        }
    }
}
