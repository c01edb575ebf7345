package org.peel.server.access;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The team a signed-in user works in: from their local account, or from the force's sign-in (a claim). Carried as an
 * authority {@code TEAM_<name>}, so that it is known wherever the user is, with no further lookup.
 */
public final class Teams {

    public static final String AUTHORITY_PREFIX = "TEAM_";

    private Teams() {
    }

    /** The team of {@code authentication}, or empty when the user belongs to none. */
    public static Optional<String> of(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(AUTHORITY_PREFIX))
                .map(authority -> authority.substring(AUTHORITY_PREFIX.length())).findFirst();
    }
}
