package org.peel.server.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * An acknowledged write survives a crash on either database: a transaction's commit is on disk before the request
 * that made it is answered.
 * <p>
 * PostgreSQL does this by itself ({@code synchronous_commit} on, the default). H2 does not: by default it writes
 * committed changes to its file up to half a second later ({@code WRITE_DELAY} 500 ms), so a killed server lost
 * records it had acknowledged, and then handed their ids to other people. On H2 this class therefore
 * <ol>
 *   <li>sets {@code WRITE_DELAY 0} at start-up, so each commit is written to the file before it returns (which
 *       survives the process being killed), and</li>
 *   <li>after each read-write transaction commits, runs {@code CHECKPOINT SYNC}, which forces the file to the disk
 *       (which survives the machine losing power). Concurrent commits share one force.</li>
 * </ol>
 * The second step costs write throughput (docs/operations.md has the figures); a force may switch it off with
 * {@code peel.database.sync-on-commit=false}, keeping the first.
 */
@Configuration(proxyBeanMethods = false)
class DurableCommits {

    private static final Logger log = LoggerFactory.getLogger(DurableCommits.class);

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource,
                                              @Value("${peel.database.sync-on-commit:true}") boolean syncOnCommit) {
        boolean embedded = EmbeddedDatabase.isUsedBy(dataSource);
        if (embedded) {
            writeCommitsAtOnce(dataSource);
        }
        return embedded && syncOnCommit ? new SyncingTransactionManager(dataSource) : new JdbcTransactionManager(dataSource);
    }

    private static void writeCommitsAtOnce(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
            log.info("Embedded database: every commit is written before it is acknowledged");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the embedded database write each commit at once", e);
        }
    }

    /** Forces H2's file to the disk after every read-write commit, before the caller carries on. */
    static final class SyncingTransactionManager extends JdbcTransactionManager {

        SyncingTransactionManager(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            super.doCommit(status);
            if (status.isReadOnly()) {
                return;
            }
            Connection connection = ((JdbcTransactionObjectSupport) status.getTransaction())
                    .getConnectionHolder().getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                throw new TransactionSystemException("Committed, but could not force the embedded database to disk", e);
            }
        }
    }
}
