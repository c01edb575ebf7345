package org.peel.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** Failed sign-ins and refused attempts are in the lawful log; the request log names the signed-in user. */
@PeelIntegrationTest
class SecurityEventAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedSignInIsLoggedWithTheNameGiven() {
        String name = "nobody-" + System.nanoTime();

        Api.Response response = Api.as(port, name, "wrong-password").get("/api/people?page=0&size=1");

        assertThat(response.status()).isEqualTo(401);
        assertThat(entries(name, AuditAction.SIGN_IN_FAILED)).singleElement().asString().contains("sign-in failed");
    }

    @Test
    void aWrongPasswordForARealUserIsLogged() {
        long before = entries(TestUsers.ANALYST, AuditAction.SIGN_IN_FAILED).size();

        Api.as(port, TestUsers.ANALYST, "not-the-password").get("/api/people?page=0&size=1");

        assertThat(entries(TestUsers.ANALYST, AuditAction.SIGN_IN_FAILED)).hasSize((int) before + 1);
    }

    @Test
    void aSignedInUserRefusedARecordIsLoggedWithWhatTheyAskedFor() {
        long id = System.nanoTime() % 1_000_000;

        Api.Response response = Api.as(port, Role.ADMIN).get("/api/people/" + id);

        assertThat(response.status()).isEqualTo(403);
        assertThat(entries(TestUsers.ADMIN, AuditAction.REFUSED)).anySatisfy(detail ->
                assertThat(detail).contains("refused").contains("(" + id + ")"));
    }

    @Test
    void theRequestLogNamesTheSignedInUser() {
        Logger requests = (Logger) LoggerFactory.getLogger("peel.requests");
        Level level = requests.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        requests.addAppender(lines);
        requests.setLevel(Level.INFO);
        try {
            String path = "/api/people?page=0&size=1&marker=" + System.nanoTime();
            Api.as(port, Role.ANALYST).get(path);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lines.list)
                    .map(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(line -> assertThat(line).contains("GET /api/people").endsWith("by " + TestUsers.ANALYST)));
        } finally {
            requests.setLevel(level);
            requests.detachAppender(lines);
        }
    }

    private List<String> entries(String username, AuditAction action) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE username = :user AND action = :action")
                .param("user", username).param("action", action.name()).query(String.class).list();
    }
}
