package org.peel.server.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.ServerProcess;
import org.peel.server.testing.TestDatabase;
import org.peel.server.testing.TestUsers;

/**
 * When the database cannot be reached the API answers 503 (and the pages say so in an officer's words) with a problem-details body and Retry-After, stores
 * nothing, and works again without a restart once the database is back. PostgreSQL pass only: a database can be
 * closed to new connections there (ALLOW_CONNECTIONS false) while the server keeps running.
 */
@Tag("database")
class DatabaseDownTest {

    @Test
    void writesAnswer503AndPagesSaySoWhileTheDatabaseIsDownAndWritesSucceedOnceItIsBackWithoutARestart() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "needs the PostgreSQL pass");
        String testUrl = System.getProperty("peel.test.postgres-url");
        String server = testUrl.substring(0, testUrl.lastIndexOf('/'));
        String database = "peel_down_" + System.nanoTime();
        sql(testUrl, "CREATE DATABASE " + database);
        try (ServerProcess peel = ServerProcess.start(TestDatabase.newDataDirectory(), Map.of(
                "spring.datasource.url", server + "/" + database,
                "spring.datasource.username", "postgres",
                "spring.datasource.hikari.connection-timeout", "1000"))) {
            Api officer = Api.as(peel.port(), TestUsers.OFFICER);
            Api.Response before = officer.post("/api/people", PersonJson.person("Jo", "Beforedown").build());
            assertThat(before.status()).isEqualTo(201);
            PageSession pages = PageSession.signIn(peel.port(), TestUsers.OFFICER, TestUsers.PASSWORD);

            sql(testUrl, "ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            sql(testUrl, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

            Api.Response refused = officer.post("/api/people", PersonJson.person("Jo", "Whiledown").build());
            assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asString()).contains("nothing was saved");
            HttpResponse<String> page = pages.get("/people/" + before.json().path("id").asLong());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Peel cannot reach its database, so nothing was saved")
                    .doesNotContain("Exception");
            // Offline capture is offered (shown by offline.js on a device that keeps the forms).
            assertThat(page.body()).contains("id=\"offline-capture\"", "href=\"/people/new\"",
                    "href=\"/incidents/new\"", "href=\"/missing/new\"", "href=\"/offline\"");

            sql(testUrl, "ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            Api.Response afterwards = officer.post("/api/people", PersonJson.person("Jo", "Afterdown").build());
            assertThat(afterwards.status()).as(afterwards.toString()).isEqualTo(201);
            assertThat(count(server + "/" + database, "Whiledown")).isZero();
            assertThat(count(server + "/" + database, "Afterdown")).isEqualTo(1);
        } finally {
            sql(testUrl, "ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            sql(testUrl, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** A signed-in page session (form sign-in, so later pages need no password check against the database). */
    private record PageSession(HttpClient http, int port) {

        static PageSession signIn(int port, String username, String password) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            PageSession session = new PageSession(http, port);
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(session.get("/login").body());
            assertThat(csrf.find()).isTrue();
            String form = "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1);
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return session;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void sql(String url, String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static long count(String url, String surname) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             var query = connection.prepareStatement("SELECT COUNT(*) FROM person_name WHERE surname = ?")) {
            query.setString(1, surname);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
