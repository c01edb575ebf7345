package org.peel.server.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.cli.PeelCommand;
import org.peel.server.testing.Api;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.ServerProcess;
import org.peel.server.testing.TestDatabase;
import org.peel.server.testing.TestUsers;

import picocli.CommandLine;

/** {@code peel drain}: the first step of replacing a server in a rolling upgrade (ops/rolling-upgrade-drill). */
class DrainTest {

    @Test
    void drainingTakesReadinessDownWhileTheServerStillAnswersWhatReachesIt() {
        Path data = TestDatabase.newDataDirectory();
        try (ServerProcess server = ServerProcess.start(data, Map.of())) {
            Api anonymous = Api.anonymous(server.port());
            assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);

            assertThat(new CommandLine(new PeelCommand()).execute("drain", "--data", data.toString())).isZero();

            assertThat(anonymous.get("/actuator/health/readiness").status())
                    .as("the load balancer's health check now takes the server out of rotation").isEqualTo(503);
            assertThat(anonymous.get("/actuator/health/liveness").status())
                    .as("alive: nothing should restart it").isEqualTo(200);
            Api.Response created = Api.as(server.port(), TestUsers.OFFICER)
                    .post("/api/people", PersonJson.person("Ida", "Drainwell").build());
            assertThat(created.status()).as("a request already on its way is still served").isEqualTo(201);
        }
    }

    @Test
    void drainingADataDirectoryWithNoServerSaysSoAndFails() {
        Path data = TestDatabase.newDataDirectory();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream before = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = new CommandLine(new PeelCommand()).execute("drain", "--data", data.toString());
        } finally {
            System.setErr(before);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("no server is running on " + data);
    }
}
