package org.peel.server.platform;

import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A gauge of how many of something there are now (records waiting, changes behind), counted afresh at each scrape.
 * When the count cannot be read (the database is down) the gauge has no value (NaN) rather than a wrong one, and
 * the scrape still answers.
 */
public final class CountGauge {

    private CountGauge() {
    }

    /** Registers {@code name} (Prometheus writes dots as underscores: {@code peel.incidents.late} is {@code peel_incidents_late}). */
    public static void register(MeterRegistry registry, String name, String description, LongSupplier count) {
        Gauge.builder(name, count, CountGauge::read).description(description).strongReference(true)
                .register(registry);
    }

    private static double read(LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (RuntimeException unreadable) {
            return Double.NaN;
        }
    }
}
