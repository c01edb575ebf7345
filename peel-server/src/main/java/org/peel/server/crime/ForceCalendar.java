package org.peel.server.crime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The force's local time (days and years of reference numbers are the force's, not UTC's) and the NCRS clock. */
final class ForceCalendar {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** A crime must be recorded within 24 hours of the report (National Crime Recording Standard). */
    static final Duration RECORDING_WINDOW = Duration.ofHours(24);

    private ForceCalendar() {
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    static int year(Instant instant) {
        return day(instant).getYear();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    static Instant deadline(Instant reportedAt) {
        return reportedAt.plus(RECORDING_WINDOW);
    }
}
