package org.peel.server.access;

import java.util.Set;

/** A local user: the name they sign in with, their display name and their roles. */
public record UserAccount(String username, String displayName, Set<Role> roles, boolean enabled) {
}
