package org.peel.server.access;

import java.io.IOException;

import org.peel.server.platform.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. The API is stateless (HTTP Basic for scripts and tests, answered with problem details);
 * the officers' pages use a session and a sign-in form; health and metrics are open to the orchestrator.
 *
 * <p>Every answer carries the security headers ({@link #secureHeaders}): a Content-Security-Policy that allows only
 * Peel's own script and style files (no inline script or style anywhere), no framing, no sniffing, a same-origin
 * referrer, and HSTS on answers served over TLS. Page sessions are registered ({@link SessionRegistry}) so that
 * disabling an account or changing its roles ends its sessions at once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static void secureHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // Sent only on answers served over TLS (Spring Security's default), as browsers ignore it otherwise.
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }

    /** Tells the session registry when a session ends, so that it does not hold sessions that are gone. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json, ApiTokens tokens) throws Exception {
        AuthenticationEntryPoint signInNeeded = (request, response, exception) -> {
            if (exception instanceof InternalAuthenticationServiceException) {
                // The accounts could not be read (the database is down): not the caller's fault, so not a 401.
                response.setHeader("Retry-After", "30");
                writeProblem(response, json, ProblemResponses.of(HttpStatus.SERVICE_UNAVAILABLE,
                        "database-unavailable", "Records cannot be saved or read just now",
                        "Peel cannot reach its database, so nothing was saved. Send the same request again in a "
                                + "minute."));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Peel\"");
            writeProblem(response, json, ProblemResponses.of(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "Sign-in needed", "Sign in to use Peel: send HTTP Basic credentials of a Peel user, or a token "
                            + "from POST /api/tokens that has not expired."));
        };
        AccessDeniedHandler denied = (request, response, exception) -> writeProblem(response, json,
                ProblemResponses.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                        "Your role does not allow this action."));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // Scripts may send a short-lived token (POST /api/tokens) instead of a password on every call.
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(signInNeeded))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(signInNeeded)
                        .accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless: no cookie is ever trusted here, so there is nothing for a forged request to ride on.
                .csrf(csrf -> csrf.disable());
        secureHeaders(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operationsSecurity(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/actuator/info").permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> { })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        secureHeaders(http);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, SessionRegistry sessions, ForceSignIn forceSignIn)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/assets/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .httpBasic(basic -> { })
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl("/login?expired"));
        if (forceSignIn.configured()) {
            http.oauth2Login(login -> login.loginPage("/login").failureUrl("/login?error")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(forceSignIn.userService())));
        }
        secureHeaders(http);
        return http.build();
    }

    private static void writeProblem(HttpServletResponse response, JsonMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
