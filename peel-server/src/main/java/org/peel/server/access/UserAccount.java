package org.peel.server.access;

import java.time.Instant;
import java.util.Set;

/**
 * A local user: the name they sign in with, their display name, their roles and team, whether the account may sign in,
 * and until when it is locked after repeated failed sign-ins (null when it is not).
 */
public record UserAccount(String username, String displayName, Set<Role> roles, String team, boolean enabled,
                          Instant lockedUntil) {

    /** Locked at {@code now}: too many failed sign-ins, and the lock has not run out. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
