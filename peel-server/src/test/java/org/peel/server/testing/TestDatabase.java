package org.peel.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application at its database: by default a fresh H2 file database in a new data directory; when the
 * build runs the PostgreSQL pass ({@code -Dpeel.test.database=postgres}, set by the build when
 * {@code PEEL_TEST_POSTGRES_URL} is given), that PostgreSQL database. An unreachable PostgreSQL fails the tests.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("peel.test.database"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        Path dataDirectory = newDataDirectory();
        properties.put("peel.data-dir", dataDirectory.toString());
        if (isPostgres()) {
            String url = System.getProperty("peel.test.postgres-url");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("peel.test.database=postgres but no peel.test.postgres-url was given");
            }
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", System.getProperty("peel.test.postgres-user", "postgres"));
            properties.put("spring.datasource.password", System.getProperty("peel.test.postgres-password", ""));
        }
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("peel-test-database", properties));
    }

    public static Path newDataDirectory() {
        try {
            Path target = Path.of("target", "test-data");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "peel-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
