package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.peel.server.audit.AuditChain;

/**
 * Chains the audit entries written before the chain existed (V90), oldest first, with the rule every later entry
 * follows ({@link AuditChain}), and starts the chain head. Runs once, before V92 makes the table append-only. A Java
 * migration because the hash is computed the same way the server computes it, not by each database's own functions.
 */
public class V91__Chain_the_audit_log extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long seq = 0;
        String previous = AuditChain.GENESIS;
        try (Statement select = connection.createStatement();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE audit_entry SET chain_seq = ?, entry_hash = ? WHERE id = ?")) {
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery("SELECT id, occurred_at, username, action, record_type,"
                    + " record_id, justification, detail, request_id FROM audit_entry ORDER BY id")) {
                int batched = 0;
                while (rows.next()) {
                    seq++;
                    AuditChain.Link link = new AuditChain.Link(seq,
                            rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            rows.getString("username"), rows.getString("action"), rows.getString("record_type"),
                            rows.getString("record_id"), rows.getString("justification"), rows.getString("detail"),
                            rows.getString("request_id"));
                    previous = link.hash(previous);
                    update.setLong(1, seq);
                    update.setString(2, previous);
                    update.setLong(3, rows.getLong("id"));
                    update.addBatch();
                    if (++batched == 1000) {
                        update.executeBatch();
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    update.executeBatch();
                }
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, ?, ?)")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.executeUpdate();
        }
    }
}
