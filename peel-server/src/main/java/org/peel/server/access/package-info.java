/**
 * Users, roles and sign-in. The API: {@link org.peel.server.access.Role}, {@link org.peel.server.access.UserAccounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.peel.server.access;
