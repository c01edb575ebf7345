package org.peel.server.platform;

import java.sql.SQLException;

/**
 * What an unexpected error says in the log: the kind of each error in its chain of causes, the SQL state of a database
 * error, and where in Peel it happened, but never an error's message, which may quote the data it failed on (SQL with
 * a person's name in it, a value that was refused). The request id in the same log line leads to the audit entry.
 */
public final class ErrorReport {

    private static final int MAX_CAUSES = 8;

    private ErrorReport() {
    }

    /** {@code DataIntegrityViolationException <- JdbcSQLDataException [SQL state 22001] at ...PersonRepository.insert:88}. */
    public static String of(Throwable error) {
        StringBuilder report = new StringBuilder();
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (depth > 0) {
                report.append(" <- ");
            }
            report.append(current.getClass().getName());
            if (current instanceof SQLException sql && sql.getSQLState() != null) {
                report.append(" [SQL state ").append(sql.getSQLState()).append(']');
            }
            peelFrame(current).ifPresent(frame -> report.append(" at ").append(frame.getClassName()).append('.')
                    .append(frame.getMethodName()).append(':').append(frame.getLineNumber()));
            current = current.getCause() == current ? null : current.getCause();
        }
        return report.toString();
    }

    private static java.util.Optional<StackTraceElement> peelFrame(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith("org.peel.")) {
                return java.util.Optional.of(frame);
            }
        }
        return error.getStackTrace().length == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(error.getStackTrace()[0]);
    }
}
