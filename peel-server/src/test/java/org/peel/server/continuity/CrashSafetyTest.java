package org.peel.server.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.ServerProcess;
import org.peel.server.testing.TestDatabase;
import org.peel.server.testing.TestUsers;

/**
 * Acknowledged writes survive the server being killed on the embedded database. Runs its own server processes on H2
 * (the PostgreSQL pass has nothing to add: PostgreSQL commits durably by itself, and the crash drill covers it).
 */
class CrashSafetyTest {

    @Test
    void everyPersonAcknowledgedBeforeAKillIsThereAfterTheRestartAndNoIdIsGivenAgain() {
        Path data = TestDatabase.newDataDirectory();
        List<Long> acknowledged = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(data, Map.of())) {
            Api officer = Api.as(server.port(), TestUsers.OFFICER);
            for (int i = 0; i < 25; i++) {
                Api.Response created = officer.post("/api/people", PersonJson.person("Alice", "Crashtest" + i).build());
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                acknowledged.add(created.json().path("id").asLong());
            }
            server.kill();
        }
        try (ServerProcess restarted = ServerProcess.start(data, Map.of())) {
            Api officer = Api.as(restarted.port(), TestUsers.OFFICER);
            for (int i = 0; i < acknowledged.size(); i++) {
                Api.Response person = officer.get("/api/people/" + acknowledged.get(i));
                assertThat(person.status()).as("person %d after the kill", acknowledged.get(i)).isEqualTo(200);
                assertThat(person.body()).contains("Crashtest" + i);
            }
            Api.Response next = officer.post("/api/people", PersonJson.person("Bob", "Aftercrash").build());
            assertThat(next.json().path("id").asLong()).isGreaterThan(acknowledged.get(acknowledged.size() - 1));
        }
    }
}
