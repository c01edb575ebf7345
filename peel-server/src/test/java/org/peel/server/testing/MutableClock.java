package org.peel.server.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock tests can move, so that deadlines are tested without waiting. It stands still between moves. Before every
 * integration test it is put back to the real time ({@link ResetClock}), to the whole second so that times read back
 * from either database equal the ones written.
 */
public class MutableClock extends Clock {

    private volatile Instant now = realTime();

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    /** Back to the real time, to the whole second. */
    public void reset() {
        now = realTime();
    }

    private static Instant realTime() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
