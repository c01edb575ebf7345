/**
 * The force IT team's pages: user accounts (create, disable, re-enable, roles and team). Administrators hold the
 * ADMIN role only, which reads no records. It keeps no data of its own: accounts are {@code access.UserAccounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administration",
        allowedDependencies = {"access", "platform", "web"})
package org.peel.server.administration;
