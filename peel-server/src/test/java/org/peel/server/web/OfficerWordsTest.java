package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lengths of time as officers say them, never "8556 h". */
class OfficerWordsTest {

    private final Display display = new Display(null, null);

    @Test
    void aLongOverdueIsSaidInDays() {
        assertThat(display.elapsed(8556L * 60)).isEqualTo("356 days");
    }

    @Test
    void aShortOneIsSaidInHoursAndMinutes() {
        assertThat(display.elapsed(200L)).isEqualTo("3 hours 20 minutes");
        assertThat(display.elapsed(45L)).isEqualTo("45 minutes");
        assertThat(display.elapsed(1L)).isEqualTo("1 minute");
        assertThat(display.elapsed(60L * 52)).isEqualTo("2 days 4 hours");
        assertThat(display.elapsedSeconds(-7200L)).isEqualTo("2 hours");
    }
}
