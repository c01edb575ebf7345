package org.peel.server.access;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The officers' open page sessions, from Spring Security's {@link SessionRegistry}: a disabled account, or one whose
 * roles change, has every session ended at once (its next request goes to the sign-in page).
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every open session of {@code username}; answers how many there were. */
    int endAll(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(nameOf(principal))) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        if (principal instanceof AuthenticatedPrincipal authenticated) {
            return authenticated.getName();
        }
        return String.valueOf(principal);
    }
}
