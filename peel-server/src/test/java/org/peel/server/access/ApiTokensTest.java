package org.peel.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Short-lived tokens: a script signs in once with its password, then sends the token. */
@PeelIntegrationTest
class ApiTokensTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenFromThePasswordSignsInLaterCallsWithTheUsersRoles() {
        String token = issue(Role.OFFICER).path("token").asString();

        Api bearer = Api.anonymous(port).withHeader("Authorization", "Bearer " + token);
        assertThat(bearer.get("/api/incidents?size=1").status()).isEqualTo(200);
        assertThat(bearer.get("/api/crime/compliance").status()).as("an officer may not see compliance")
                .isEqualTo(403);
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        String token = issue(Role.OFFICER).path("token").asString();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :token").param("token", token)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE username = :user")
                .param("user", org.peel.server.testing.TestUsers.username(Role.OFFICER)).query(Long.class).single())
                .isPositive();
    }

    @Test
    void aTokenIsRefusedOnceItHasExpired() {
        JsonNode issued = issue(Role.OFFICER);
        Api bearer = Api.anonymous(port).withHeader("Authorization", "Bearer " + issued.path("token").asString());

        clock.advance(Duration.ofSeconds(issued.path("expiresIn").asLong() + 1));

        Api.Response refused = bearer.get("/api/incidents?size=1");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("detail").asString()).contains("POST /api/tokens");
    }

    @Test
    void aTokenPeelDidNotIssueSignsInNobody() {
        Api.Response refused = Api.anonymous(port).withHeader("Authorization", "Bearer made-up-token")
                .get("/api/incidents?size=1");

        assertThat(refused.status()).isEqualTo(401);
    }

    @Test
    void aTokenCannotBeUsedToGetAnother() {
        String token = issue(Role.OFFICER).path("token").asString();

        Api.Response refused = Api.anonymous(port).withHeader("Authorization", "Bearer " + token)
                .post("/api/tokens", "");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asString()).contains("user name and password");
    }

    private JsonNode issue(Role role) {
        Api.Response issued = Api.as(port, role).post("/api/tokens", "");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().path("tokenType").asString()).isEqualTo("Bearer");
        return issued.json();
    }
}
