package org.peel.server.platform;

import java.sql.SQLException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether an error means the database connection was lost rather than a fault in Peel: a connection the database
 * closed (SQL state class 08) or a server that is shutting down or terminated the session (class 57P, as after
 * {@code pg_terminate_backend}). The first request after the database goes away often meets such a pooled connection,
 * and Spring does not always translate it into a resource failure; it is answered 503 like the others. When the
 * rollback after such a failure fails too, Spring reports the rollback ({@link TransactionSystemException}) and keeps
 * the failure that caused it as the application exception, which is looked at as well.
 */
public final class DatabaseConnectionLost {

    private DatabaseConnectionLost() {
    }

    public static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
