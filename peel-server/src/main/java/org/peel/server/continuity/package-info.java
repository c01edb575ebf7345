/**
 * Continuity: nothing acknowledged is lost and nothing is stored twice. Idempotent intake (the same
 * {@code Idempotency-Key} answers the first response again), and online backup of the embedded database. The API:
 * {@link org.peel.server.continuity.EmbeddedBackup} for the command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Continuity")
package org.peel.server.continuity;
