package org.peel.server.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Whether Peel runs on its embedded H2 database (the default) rather than PostgreSQL. */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /** Answers whether the data source is H2; the database must be reachable (it is asked once, at start-up). */
    public static boolean isUsedBy(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to find out which it is", e);
        }
    }
}
