package org.peel.server.people;

import java.time.LocalDate;

/**
 * A warning or vulnerability marker: a type from marker-types.csv, in force from {@code startDate}
 * until {@code endDate} (open-ended when null).
 */
public record Marker(MarkerCategory category, String type, String title, LocalDate startDate, LocalDate endDate,
                     String note) {

    /** Whether the marker is in force on the given day. */
    public boolean isActiveOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }
}
