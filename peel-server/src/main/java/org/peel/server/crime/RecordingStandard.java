package org.peel.server.crime;

import java.time.Duration;
import java.time.Instant;

/**
 * The National Crime Recording Standard's clock. (The force's days and years, which reference numbers and counts by
 * day follow, come from {@link org.peel.server.platform.ForceCalendar}.)
 */
final class RecordingStandard {

    /** A crime must be recorded within 24 hours of the report. */
    static final Duration WINDOW = Duration.ofHours(24);

    private RecordingStandard() {
    }

    static Instant deadline(Instant reportedAt) {
        return reportedAt.plus(WINDOW);
    }
}
