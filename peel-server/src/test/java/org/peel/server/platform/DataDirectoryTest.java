package org.peel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The running server's data directory: its owner's only, no H2 trace file, and no refused value in the log. */
@PeelIntegrationTest
class DataDirectoryTest {

private static final String MARKER = DataAtRestTest.MARKER;

    @LocalServerPort
    int port;

    @Autowired
    PeelProperties properties;

    @Test
    void theDataDirectoryAndEverythingInItAreReadableByTheServiceUserOnly() throws IOException {
        Path data = properties.dataDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        if (!TestDatabase.isPostgres()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("db"))))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    data.resolve("db/peel.mv.db")))).isEqualTo("rw-------");
        }
    }

    @Test
    void refusedValuesReachNeitherTheLogNorATraceFile() throws IOException {
        Api officer = Api.as(port, Role.OFFICER);
        officer.post("/api/people", Map.of("sex", MARKER, "names", List.of(Map.of("surname", MARKER + "x".repeat(
                200)))));
        officer.get("/api/search/people?q=" + MARKER + "&dob=" + MARKER + "&page=" + MARKER);
        officer.post("/api/incidents", Map.of("reportedAt", MARKER, "channel", MARKER));
        officer.post("/api/search/duplicates", "{\"names\":[{\"surname\":\"" + MARKER + "\\u0000\"}]}");

        try (Stream<Path> files = Files.walk(properties.dataDirectory())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(file.getFileName().toString()).doesNotEndWith(".trace.db");
                if (file.toString().endsWith(".log")) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain(MARKER);
                }
            }
        }
    }
}
