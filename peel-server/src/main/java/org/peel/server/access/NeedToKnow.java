package org.peel.server.access;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The keys a user holds to records restricted on a need-to-know basis: {@code user:<username>} and, when they work
 * in one, {@code team:<team>}. A restricted record lists the keys that open it (its owner's, its named users', its
 * team's); the search index keeps the same keys, so that one rule decides both what a search finds and what a page
 * shows.
 */
public final class NeedToKnow {

    private NeedToKnow() {
    }

    public static String userKey(String username) {
        return "user:" + username;
    }

    public static String teamKey(String team) {
        return "team:" + team;
    }

    /** The signed-in user's keys; none when nobody is signed in. */
    public static Set<String> keysOfCurrentUser() {
        return keysOf(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The keys of {@code authentication}; none for an anonymous or missing one. */
    public static Set<String> keysOf(Authentication authentication) {
        Set<String> keys = new LinkedHashSet<>();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return keys;
        }
        keys.add(userKey(authentication.getName()));
        Teams.of(authentication).ifPresent(team -> keys.add(teamKey(team)));
        return keys;
    }

    /**
     * Whether Peel itself is acting (nobody signed in, or the {@link SystemIdentity}: start-up, demo data, imports):
     * such work reads records whole. What it shows a person (a batch search's output) it filters itself.
     */
    public static boolean peelItselfIsActing() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + SystemIdentity.ROLE).equals(authority.getAuthority()));
    }
}
