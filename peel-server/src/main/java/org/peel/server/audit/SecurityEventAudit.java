package org.peel.server.audit;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Failed sign-ins and refused (403) attempts go to the lawful log, from Spring Security's own events: an
 * authentication failure (wrong password, unknown or disabled user, on the form or by Basic) and an authorisation
 * denied to a signed-in user, whether by a page's or the API's address rules or by a module service's
 * {@code @PreAuthorize}. Publishing the denials is switched on here ({@link SpringAuthorizationEventPublisher}); the
 * security configuration itself is not touched. A request with nobody signed in that is turned away (401) is not a
 * refusal of a user and is not logged.
 */
@Configuration(proxyBeanMethods = false)
class SecurityEventAudit {

    private static final int MAX_ARGUMENT = 40;

    private final AuditLog auditLog;

    SecurityEventAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationContext context) {
        return new SpringAuthorizationEventPublisher(context);
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        auditLog.recordSecurityEvent(event.getAuthentication().getName(), AuditAction.SIGN_IN_FAILED,
                "sign-in failed: " + event.getException().getClass().getSimpleName());
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication user = event.getAuthentication().get();
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            return;
        }
        auditLog.recordSecurityEvent(user.getName(), AuditAction.REFUSED, "refused " + what(event.getObject()));
    }

    /** The address asked for, or the service operation and its plain arguments (ids, not bodies). */
    private static String what(Object refused) {
        if (refused instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        if (refused instanceof MethodInvocation invocation) {
            String arguments = Arrays.stream(invocation.getArguments())
                    .map(argument -> argument instanceof Number || (argument instanceof String text
                            && text.length() <= MAX_ARGUMENT) ? String.valueOf(argument) : "...")
                    .collect(Collectors.joining(", "));
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName() + "(" + arguments + ")";
        }
        return String.valueOf(refused);
    }
}
