package org.peel.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PeelIntegrationTest
class SignInAndRolesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnonymousCallToTheApiIsAskedToSignIn() {
        Api.Response response = Api.anonymous(port).get("/api/people");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(Api.as(port, TestUsers.OFFICER, "wrong-password").get("/api/people").status()).isEqualTo(401);
    }

    @Test
    void anAnonymousVisitorToAPageIsSentToSignIn() {
        Api.Response response = Api.anonymous(port).withHeader("Accept", "text/html").get("/");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @Test
    void anAnalystMayReadButNotRecordPeople() {
        Api analyst = Api.as(port, Role.ANALYST);

        assertThat(analyst.get("/api/people").status()).isEqualTo(200);
        Api.Response refused = analyst.post("/api/people", person("Ann", "Analyst").build());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void theAdministratorMayNotBrowsePeopleRecords() {
        assertThat(Api.as(port, Role.ADMIN).get("/api/people").status()).isEqualTo(403);
    }

    @Test
    void theFirstAdminAccountIsCreatedWithTheConfiguredPasswordAndAHashNotThePassword() {
        assertThat(Api.as(port, "admin", "admin-password-for-tests").get("/actuator/metrics").status()).isEqualTo(200);
        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("admin-password-for-tests");
    }

    @Test
    void healthAndMetricsAreOpenForTheOrchestrator() {
        // Readiness comes up once the person index has warmed up and caught up (SearchIndexReadiness).
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (Api.anonymous(port).get("/actuator/health/readiness").status() != 200 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(Api.anonymous(port).get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/actuator/health/liveness").status()).isEqualTo(200);
        Api.Response metrics = Api.anonymous(port).withHeader("Accept", "text/plain").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentListsThePeopleApi() {
        Api.Response document = Api.as(port, Role.OFFICER).get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("paths").has("/api/people")).isTrue();
        assertThat(document.json().path("paths").has("/api/people/{id}")).isTrue();
    }

    @Test
    void everyResponseCarriesARequestId() {
        Api.Response response = Api.as(port, Role.OFFICER).withHeader("X-Request-Id", "abc-123").get("/api/people");

        assertThat(response.header("X-Request-Id")).isEqualTo("abc-123");
    }
}
