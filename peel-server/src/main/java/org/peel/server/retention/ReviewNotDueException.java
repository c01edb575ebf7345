package org.peel.server.retention;

import java.time.LocalDate;

/** A review decision on a record that is not due for review yet. Answered as 409; nothing is changed. */
class ReviewNotDueException extends RuntimeException {

    ReviewNotDueException(long personId, LocalDate due) {
        super("Person " + personId + " is not due for review until " + due
                + ": a record is retained or erased at its review");
    }
}
