package org.peel.server.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The embedded database's guard of the lawful log (migration V92 for H2): H2 calls it before every UPDATE or DELETE
 * of {@code audit_entry} (and every DELETE of {@code audit_chain_head}) and it refuses, so the statement fails and
 * nothing changes. PostgreSQL has the same guard as a PL/pgSQL trigger. Public only because H2 creates it by name.
 */
public final class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("the audit log is append-only: " + operation + " on " + table + " refused", "42501");
    }
}
