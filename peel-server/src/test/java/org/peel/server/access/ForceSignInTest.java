package org.peel.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through the force's own OpenID Connect provider: a real Spring Authorization Server started in this test on
 * its own port (no mock), whose ID tokens carry each user's roles and team as claims. Peel signs the user in through
 * the whole authorization-code flow, takes their roles and team from the claims, and refuses a user with no Peel
 * role. Local accounts are switched off here, so a password no longer signs anyone in.
 */
@PeelIntegrationTest
class ForceSignInTest {

    private static final String PASSWORD = "provider password 1";
    private static final int PEEL_PORT = freePort();
    private static final ConfigurableApplicationContext PROVIDER = startProvider();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void forceSignIn(DynamicPropertyRegistry properties) {
        String issuer = "http://127.0.0.1:" + ((WebServerApplicationContext) PROVIDER).getWebServer().getPort();
        properties.add("server.port", () -> PEEL_PORT);
        properties.add("spring.security.oauth2.client.registration.force.client-id", () -> "peel");
        properties.add("spring.security.oauth2.client.registration.force.client-secret", () -> "peel-secret");
        properties.add("spring.security.oauth2.client.registration.force.client-name", () -> "the force account");
        properties.add("spring.security.oauth2.client.registration.force.authorization-grant-type",
                () -> "authorization_code");
        properties.add("spring.security.oauth2.client.registration.force.scope", () -> "openid");
        properties.add("spring.security.oauth2.client.registration.force.redirect-uri",
                () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        properties.add("spring.security.oauth2.client.provider.force.issuer-uri", () -> issuer);
        properties.add("peel.oidc.providers", () -> "force");
        properties.add("peel.oidc.roles-claim", () -> "peel_roles");
        properties.add("peel.oidc.role-prefix", () -> "peel-");
        properties.add("peel.oidc.team-claim", () -> "peel_team");
        properties.add("peel.sign-in.local-accounts", () -> "false");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void aSupervisorSignsInThroughTheForceProviderWithRolesAndTeamFromTheClaims() {
        Browser browser = new Browser();
        HttpResponse<String> signIn = browser.get("http://localhost:" + port + "/login");
        assertThat(signIn.body()).contains("Sign in with the force account").doesNotContain("id=\"password\"");

        browser.signInThroughProvider("s.sergeant");

        HttpResponse<String> compliance = browser.get("http://localhost:" + port + "/crime/compliance");
        assertThat(compliance.statusCode()).as("a supervisor's page").isEqualTo(200);
        assertThat(compliance.body()).contains("s.sergeant").contains("(<span>Response North</span>)");
        HttpResponse<String> users = browser.get("http://localhost:" + port + "/admin/users");
        assertThat(users.statusCode()).as("not an administrator").isEqualTo(403);
    }

    @Test
    void aUserTheProviderGivesNoPeelRoleCannotSignIn() {
        Browser browser = new Browser();
        HttpResponse<String> back = browser.signInThroughProvider("n.nobody");

        assertThat(back.headers().firstValue("Location").orElse("")).contains("/login?error");
        assertThat(browser.get("http://localhost:" + port + "/people").statusCode()).isEqualTo(302);
    }

    @Test
    void theTeamAndRolesComeFromTheConfiguredClaims() {
        ForceSignIn settings = new ForceSignIn(null, true, "preferred_username", "peel_roles", "peel-", "peel_team",
                List.of());
        assertThat(settings.roles(List.of("peel-supervisor", "peel-crime-registrar", "other-app-admin")))
                .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.CRIME_REGISTRAR);
        assertThat(settings.roles("peel-officer peel-analyst")).containsExactlyInAnyOrder(Role.OFFICER, Role.ANALYST);
        assertThat(settings.roles(null)).isEmpty();
    }

    @Test
    void withLocalAccountsSwitchedOffAPasswordSignsNobodyIn() {
        assertThat(Api.as(port, TestUsers.OFFICER).get("/api/people").status()).isEqualTo(401);
    }

    /** A browser: one cookie jar for Peel (localhost) and the provider (127.0.0.1), redirects followed by hand. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** Starts at Peel's sign-in link, signs in at the provider, and answers Peel's last redirect. */
        HttpResponse<String> signInThroughProvider(String username) {
            HttpResponse<String> answer = get("http://localhost:" + port + "/oauth2/authorization/force");
            while (answer.statusCode() == 302) {
                String location = answer.headers().firstValue("Location").orElseThrow();
                if (URI.create(location).getPath().startsWith("/login/oauth2/code/")) {
                    return get(location);
                }
                if (URI.create(location).getPath().equals("/login") && location.startsWith("http://127.0.0.1")) {
                    HttpResponse<String> form = get(location);
                    Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
                    assertThat(token.find()).as(form.body()).isTrue();
                    answer = post(location, "username=" + username + "&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1));
                } else {
                    answer = get(location);
                }
            }
            throw new AssertionError("the sign-in ended without returning to Peel: " + answer.statusCode() + " "
                    + answer.body());
        }

        HttpResponse<String> get(String address) {
            return send(HttpRequest.newBuilder(URI.create(address)).GET());
        }

        HttpResponse<String> post(String address, String form) {
            return send(HttpRequest.newBuilder(URI.create(address))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The force's identity provider: Spring Authorization Server with two users, on its own random port. */
    private static ConfigurableApplicationContext startProvider() {
        return new SpringApplicationBuilder(Provider.class)
                .properties("spring.config.name=oidc-provider-for-tests", "server.port=0",
                        "server.address=127.0.0.1", "spring.main.banner-mode=off", "logging.level.root=WARN",
                        "spring.autoconfigure.exclude="
                                + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                                + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                        "spring.main.web-application-type=servlet",
                        "server.servlet.session.cookie.name=PROVIDERSESSION")
                .run();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Provider {

        static final Map<String, List<String>> ROLES = Map.of("s.sergeant", List.of("peel-supervisor", "mail-user"),
                "n.nobody", List.of("mail-user"));

        @Bean
        UserDetailsService providerUsers() {
            return new InMemoryUserDetailsManager(ROLES.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                    .toList());
        }

        @Bean
        RegisteredClientRepository peelClient() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId("peel").clientSecret("{noop}peel-secret")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://localhost:" + PEEL_PORT + "/login/oauth2/code/force")
                    .scope(OidcScopes.OPENID)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
        }

        /** The force's claims in every ID token: the user's roles (for all its applications) and team. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> forceClaims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    String name = context.getPrincipal().getName();
                    context.getClaims().claim("preferred_username", name);
                    context.getClaims().claim("peel_roles", ROLES.getOrDefault(name, List.of()));
                    context.getClaims().claim("peel_team", "Response North");
                }
            };
        }

        public static void main(String[] args) {
            SpringApplication.run(Provider.class, args);
        }
    }
}
