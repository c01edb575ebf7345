package org.peel.server.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Counts sign-ins that fail (metric {@code peel.sign-in.failures}, tagged with why: {@code bad-credentials},
 * {@code locked}, {@code disabled}, {@code other}) and the account locks they lead to ({@code peel.sign-in.lockouts}),
 * logs each, and has {@link UserAccounts} lock an account after repeated wrong passwords.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final UserAccounts accounts;
    private final MeterRegistry meters;

    SignInAttempts(UserAccounts accounts, ObjectProvider<MeterRegistry> meters) {
        this.accounts = accounts;
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String reason = event instanceof AuthenticationFailureBadCredentialsEvent ? "bad-credentials"
                : event instanceof AuthenticationFailureLockedEvent ? "locked"
                : event instanceof AuthenticationFailureDisabledEvent ? "disabled" : "other";
        meters.counter("peel.sign-in.failures", "reason", reason).increment();
        String username = shown(event.getAuthentication().getName());
        log.warn("Sign-in failed for '{}': {}", username, reason);
        if (reason.equals("bad-credentials") && accounts.signInFailed(event.getAuthentication().getName())) {
            meters.counter("peel.sign-in.lockouts").increment();
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof LocalUser user && user.failedBefore() > 0) {
            accounts.signInSucceeded(user.getUsername());
        }
    }

    /** A username as logged: short and of plain characters, since a mistyped password sometimes lands there. */
    private static String shown(String username) {
        if (username == null) {
            return "";
        }
        String plain = username.replaceAll("[^A-Za-z0-9._-]", "?");
        return plain.length() <= 64 ? plain : plain.substring(0, 64) + "...";
    }
}
