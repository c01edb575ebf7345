package org.peel.server.access;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Peel acting by itself, not for a signed-in user: the command line (import, batch search, reindex) and the demo
 * data. The module APIs check permissions on every call ({@code @PreAuthorize}), so work of this kind runs under an
 * explicit identity holding the {@value #ROLE} role, which may read and write records ({@link Role#READ_RECORDS},
 * {@link Role#WRITE_RECORDS}) but not supervise, cancel or administer. No sign-in account can hold it: it is not a
 * {@link Role}.
 */
public final class SystemIdentity {

    /** The role name, as written in the permission expressions of {@link Role}. */
    public static final String ROLE = "SYSTEM";

    private SystemIdentity() {
    }

    /** An authentication for system work done as {@code name} (written to the audit log as the user). */
    public static Authentication as(String name) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    }

    /** Runs {@code work} as the system identity {@code name}, then restores whoever was acting before. */
    public static <T> T call(String name, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(as(name));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** As {@link #call}, for work that returns nothing. */
    public static void run(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }
}
