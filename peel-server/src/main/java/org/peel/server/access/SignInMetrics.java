package org.peel.server.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Failed sign-ins, by the pages' form and by the API's Basic credentials alike ({@code peel_signins_failed_total}):
 * a sudden rise is someone guessing passwords, or a script whose password was changed.
 */
@Component
class SignInMetrics {

    private final Counter failed;

    SignInMetrics(MeterRegistry registry) {
        this.failed = Counter.builder("peel.signins.failed")
                .description("Sign-ins refused: wrong user name or password, or a locked or disabled account")
                .register(registry);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent failure) {
        failed.increment();
    }
}
