package org.peel.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.PeelProperties;
import org.peel.server.testing.Api;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Account security: a lock after repeated failed sign-ins (counted in a metric), the password policy, the
 * administrators' users page (create, disable with sessions ended, re-enable, roles and team), demo accounts off
 * outside demo mode, and the security headers and cookie flags on every answer.
 */
@PeelIntegrationTest
class AccountSecurityTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PeelProperties properties;

    private String newAccount(Role role) {
        String username = "t.sec-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        SystemIdentity.run(CurrentUser.SYSTEM, () -> accounts.createIfAbsent(username, "Security Test", PASSWORD,
                EnumSet.of(role)));
        return username;
    }

    private double counted(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void anAccountIsLockedForAWhileAfterFiveWrongPasswordsInARowAndTheFailuresAreCounted() {
        String username = newAccount(Role.OFFICER);
        double failuresBefore = counted("peel.sign-in.failures", "reason", "bad-credentials");
        double lockoutsBefore = counted("peel.sign-in.lockouts");

        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(port, username, "wrong password " + i).get("/api/people").status()).isEqualTo(401);
        }

        assertThat(Api.as(port, username, PASSWORD).get("/api/people").status()).as("locked").isEqualTo(401);
        assertThat(counted("peel.sign-in.failures", "reason", "bad-credentials")).isEqualTo(failuresBefore + 5);
        assertThat(counted("peel.sign-in.lockouts")).isEqualTo(lockoutsBefore + 1);
        assertThat(counted("peel.sign-in.failures", "reason", "locked")).isGreaterThanOrEqualTo(1);
        assertThat(accounts.find(username).orElseThrow().lockedAt(clock.instant())).isTrue();

        clock.advance(Duration.ofMinutes(16));
        assertThat(Api.as(port, username, PASSWORD).get("/api/people").status()).as("lock ran out").isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInClearsTheFailuresBeforeIt() {
        String username = newAccount(Role.OFFICER);
        for (int i = 0; i < 4; i++) {
            Api.as(port, username, "wrong password").get("/api/people");
        }
        assertThat(Api.as(port, username, PASSWORD).get("/api/people").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            Api.as(port, username, "wrong password").get("/api/people");
        }

        assertThat(Api.as(port, username, PASSWORD).get("/api/people").status()).isEqualTo(200);
    }

    @Test
    void demoAccountsAreDisabledWheneverTheServerStartsOutsideDemoMode() throws Exception {
        String username = "t.demo-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        SystemIdentity.run(CurrentUser.SYSTEM, () -> accounts.enableDemoAccount(username, "Demo officer",
                "officer-demo-pass", Role.OFFICER));
        assertThat(Api.as(port, username, "officer-demo-pass").get("/api/people").status()).isEqualTo(200);

        new FirstStartAccounts(accounts, properties).run(null);

        assertThat(properties.demo()).isFalse();
        assertThat(Api.as(port, username, "officer-demo-pass").get("/api/people").status()).isEqualTo(401);
        assertThat(accounts.find(username).orElseThrow().enabled()).isFalse();
    }

    @Test
    void theAdministratorCreatesAnAccountThatMustMeetThePasswordPolicy() {
        PageSession admin = PageSession.signIn(port, TestUsers.ADMIN, TestUsers.PASSWORD);
        String username = "t.new-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", "New Officer");
        form.put("password", "short");
        form.put("roles", "OFFICER");
        form.put("team", "Response North");

        HttpResponse<String> refused = admin.post("/admin/users", "/admin/users", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("at least 12 characters");
        assertThat(accounts.find(username)).isEmpty();

        form.put("password", PASSWORD);
        HttpResponse<String> created = admin.post("/admin/users", "/admin/users", form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        UserAccount account = accounts.find(username).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.OFFICER);
        assertThat(account.team()).isEqualTo("Response North");
        assertThat(Api.as(port, username, PASSWORD).get("/api/people").status()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAtOnceAndEnablingLetsItSignInAgain() {
        String username = newAccount(Role.OFFICER);
        PageSession officer = PageSession.signIn(port, username, PASSWORD);
        assertThat(officer.get("/people").statusCode()).isEqualTo(200);

        PageSession admin = PageSession.signIn(port, TestUsers.ADMIN, TestUsers.PASSWORD);
        HttpResponse<String> disabled = admin.post("/admin/users/" + username,
                "/admin/users/" + username + "/disable", Map.of());
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(302);

        HttpResponse<String> ended = officer.get("/people");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(Api.as(port, username, PASSWORD).get("/api/people").status()).isEqualTo(401);

        admin.post("/admin/users/" + username, "/admin/users/" + username + "/enable", Map.of());
        assertThat(Api.as(port, username, PASSWORD).get("/api/people").status()).isEqualTo(200);
    }

    @Test
    void changingRolesEndsTheSessionsSoTheNewRolesApplyAtTheNextSignIn() {
        String username = newAccount(Role.OFFICER);
        PageSession officer = PageSession.signIn(port, username, PASSWORD);
        assertThat(officer.get("/people").statusCode()).isEqualTo(200);

        PageSession admin = PageSession.signIn(port, TestUsers.ADMIN, TestUsers.PASSWORD);
        HttpResponse<String> changed = admin.post("/admin/users/" + username, "/admin/users/" + username,
                Map.of("displayName", "Now An Analyst", "roles", "ANALYST", "team", "Intelligence"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);

        assertThat(officer.get("/people").statusCode()).isEqualTo(302);
        assertThat(accounts.find(username).orElseThrow().roles()).containsExactly(Role.ANALYST);
        assertThat(Api.as(port, username, PASSWORD).post("/api/people", "{}").status()).isEqualTo(403);
    }

    @Test
    void onlyAnAdministratorSeesTheUsersPageAndTheAdministratorStillReadsNoRecords() {
        assertThat(PageSession.signIn(port, TestUsers.OFFICER, TestUsers.PASSWORD).get("/admin/users").statusCode())
                .isEqualTo(403);
        PageSession admin = PageSession.signIn(port, TestUsers.ADMIN, TestUsers.PASSWORD);
        HttpResponse<String> users = admin.get("/admin/users");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains(TestUsers.OFFICER).contains(PasswordPolicy.STATEMENT);
        assertThat(admin.get("/people").statusCode()).isEqualTo(403);
        assertThat(Api.as(port, Role.ADMIN).get("/api/people").status()).isEqualTo(403);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() {
        for (String path : new String[] {"/login", "/api/people", "/assets/css/peel.css"}) {
            Api.Response answer = Api.anonymous(port).get(path);
            String policy = answer.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("frame-ancestors 'none'").contains("script-src 'self'")
                    .contains("style-src 'self'").doesNotContain("unsafe-inline");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            // Plain HTTP here: HSTS is sent only over TLS, where browsers heed it.
            assertThat(answer.header("Strict-Transport-Security")).as(path).isNull();
        }
        PageSession session = PageSession.signIn(port, TestUsers.OFFICER, TestUsers.PASSWORD);
        assertThat(session.sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void noTemplateHoldsInlineScriptOrStyleSoThePolicyNeedsNoExceptions() throws IOException {
        Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\sstyle=\"|\\son[a-z]+=\"|javascript:",
                Pattern.CASE_INSENSITIVE);
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            templates.filter(path -> path.toString().endsWith(".html")).forEach(path -> {
                try {
                    Matcher found = inline.matcher(Files.readString(path));
                    assertThat(found.find()).as(path + " holds inline script or style").isFalse();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** A browser-like page session: a cookie jar, the sign-in form, and forms posted with their CSRF token. */
    static final class PageSession {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        private final int port;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String sessionCookie;

        private PageSession(int port) {
            this.port = port;
        }

        static PageSession signIn(int port, String username, String password) {
            PageSession session = new PageSession(port);
            HttpResponse<String> signedIn = session.post("/login", "/login",
                    Map.of("username", username, "password", password));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            session.sessionCookie = signedIn.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("JSESSIONID")).findFirst().orElse("");
            return session;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
        }

        /** Reads the CSRF token from {@code formPage}, then posts {@code fields} to {@code action}. */
        HttpResponse<String> post(String formPage, String action, Map<String, String> fields) {
            Matcher token = CSRF.matcher(get(formPage).body());
            StringBuilder body = new StringBuilder(token.find() ? "_csrf=" + token.group(1) : "");
            fields.forEach((name, value) -> body.append('&').append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
