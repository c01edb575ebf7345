/**
 * Users, roles and sign-in. The API: {@link org.peel.server.access.Role}, {@link org.peel.server.access.UserAccounts},
 * {@link org.peel.server.access.Permissions} (what a signed-in user may do, for pages),

 * {@link org.peel.server.access.SystemIdentity} (Peel's own batch work).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.peel.server.access;
