package org.peel.server.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the signed-in user may do, worked out once from their roles with the same role sets as {@link Role}'s
 * {@code @PreAuthorize} expressions, for pages to show only the actions the server would allow: in templates
 * {@code ${may.record()}}.
 */
public record Permissions(boolean read, boolean record, boolean supervise, boolean confirm, boolean cancel,
                          boolean administer, boolean audit) {

    /** Nobody signed in. */
    public static final Permissions NONE = new Permissions(false, false, false, false, false, false, false);

    /** The permissions of a signed-in user (none for an anonymous or missing authentication). */
    public static Permissions of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return NONE;
        }
        return ofAuthorities(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    /** The permissions of whoever holds these authorities ({@code ROLE_OFFICER}, ...). */
    public static Permissions ofAuthorities(Collection<String> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.contains("ROLE_" + role.name())) {
                roles.add(role);
            }
        }
        return new Permissions(holdsAny(roles, Role.READERS), holdsAny(roles, Role.WRITERS),
                holdsAny(roles, Role.SUPERVISING), holdsAny(roles, Role.CONFIRMING), holdsAny(roles, Role.CANCELLING),
                holdsAny(roles, Role.ADMINISTERING), holdsAny(roles, Role.AUDITING));
    }

    private static boolean holdsAny(Set<Role> held, Set<Role> allowed) {
        return held.stream().anyMatch(allowed::contains);
    }
}
