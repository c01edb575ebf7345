package org.peel.server.access;

import java.util.List;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/**
 * A local account as sign-in sees it: Spring Security's user, and how many failed sign-ins came before this one, so
 * that a successful sign-in clears them without a database write on every API call.
 */
final class LocalUser extends User {

    private final int failedBefore;

    LocalUser(String username, String passwordHash, boolean enabled, boolean locked, int failedBefore,
              List<String> authorities) {
        super(username, passwordHash, enabled, true, true, !locked,
                AuthorityUtils.createAuthorityList(authorities));
        this.failedBefore = failedBefore;
    }

    int failedBefore() {
        return failedBefore;
    }
}
