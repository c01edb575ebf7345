package org.peel.server.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.PeelProperties;

/** The National Crime Recording Standard clock and the force's calendar, on their own. */
class RecordingStandardTest {

    private static final ForceCalendar CALENDAR = new ForceCalendar(PeelProperties.DEFAULT_FORCE_ZONE,
            Clock.systemUTC());

    @Test
    void aCrimeMustBeRecordedWithinTwentyFourHoursOfTheReport() {
        Instant reported = Instant.parse("2026-06-10T09:15:30Z");

        assertThat(RecordingStandard.deadline(reported)).isEqualTo(Instant.parse("2026-06-11T09:15:30Z"));
    }

    @Test
    void theDeadlineIsTwentyFourHoursEvenWhenTheClocksGoBackOvernight() {
        // British Summer Time ends at 02:00 BST on 25 October 2026: that local day has 25 hours.
        Instant reported = Instant.parse("2026-10-24T20:00:00Z");

        Instant deadline = RecordingStandard.deadline(reported);

        assertThat(Duration.between(reported, deadline)).isEqualTo(Duration.ofHours(24));
        assertThat(deadline.atZone(CALENDAR.zone()).toLocalTime())
                .isEqualTo(reported.atZone(CALENDAR.zone()).toLocalTime().minusHours(1));
    }

    @Test
    void theDeadlineIsTwentyFourHoursEvenWhenTheClocksGoForwardOvernight() {
        // British Summer Time starts at 01:00 GMT on 29 March 2026: that local day has 23 hours.
        Instant reported = Instant.parse("2026-03-28T22:00:00Z");

        assertThat(Duration.between(reported, RecordingStandard.deadline(reported))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aReportJustBeforeMidnightUtcInSummerFallsOnTheNextLocalDay() {
        Instant lateEvening = Instant.parse("2026-07-31T23:30:00Z");

        assertThat(CALENDAR.day(lateEvening)).isEqualTo(LocalDate.of(2026, 8, 1));
    }

    @Test
    void theYearOfAReferenceTurnsAtLocalMidnightOnNewYearsEve() {
        assertThat(CALENDAR.year(Instant.parse("2026-12-31T23:59:59Z"))).isEqualTo(2026);
        assertThat(CALENDAR.year(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo(2027);
    }

    @Test
    void aLocalDayStartsAtLocalMidnight() {
        assertThat(CALENDAR.startOf(LocalDate.of(2026, 7, 1))).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(CALENDAR.startOf(LocalDate.of(2026, 1, 1))).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
