package org.peel.server.retention;

import java.time.LocalDate;

/**
 * Where one person stands under MoPI: their retention group, the day of their latest activity, when they are next due
 * for review, and the last review that kept the record (null when never reviewed).
 */
public record RetentionSchedule(long personId, String group, LocalDate lastActivityOn, LocalDate nextReviewOn,
                                LocalDate reviewedOn, String reviewedBy, String reviewReason) {

    public boolean dueBy(LocalDate day) {
        return !nextReviewOn.isAfter(day);
    }
}
