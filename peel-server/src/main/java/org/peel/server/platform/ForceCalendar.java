package org.peel.server.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The force's local time, from the one setting {@code peel.force-zone}: the day and year of a moment (reference
 * numbers, counts by day), the start of a day, and the local minute that a page's date-and-time field shows.
 */
public final class ForceCalendar {

    private final ZoneId zone;

    public ForceCalendar(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public int year(Instant instant) {
        return day(instant).getYear();
    }

    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** A moment as a datetime-local field shows it, to the minute ("2026-11-27T14:05"). */
    public String localMinute(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** A local date and time of the force ("2026-11-27T14:05") as a moment. */
    public Instant moment(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }
}
