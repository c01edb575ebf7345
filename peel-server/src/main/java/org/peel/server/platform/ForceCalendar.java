package org.peel.server.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The force's local time, from the one setting {@code peel.force-zone} and Peel's clock: now and today, the day and
 * year of a moment (reference numbers, counts by day, ages), the start of a day, and the local minute that a page's
 * date-and-time field shows.
 */
public final class ForceCalendar {

    private final ZoneId zone;
    private final Clock clock;

    public ForceCalendar(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in the force's zone. */
    public LocalDate today() {
        return day(now());
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

    /** Now as a datetime-local field shows it. */
    public String localNow() {
        return localMinute(now());
    }

    /** A local date and time of the force ("2026-11-27T14:05") as a moment. */
    public Instant moment(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }
}
