package org.peel.server.testing;

/**
 * The JUnit tags the build selects tests by. The H2 pass runs every test; the PostgreSQL pass runs only the tests
 * tagged {@link #DATABASE} and not {@link #BROWSER} (see the {@code postgres-tests} profile in peel-server's pom).
 */
public final class Tags {

    /** The test reaches SQL: it must pass on H2 and on PostgreSQL. */
    public static final String DATABASE = "database";
    /** The test drives a real browser. Pages are the same whatever the database, so these run on H2 only. */
    public static final String BROWSER = "browser";

    private Tags() {
    }
}
