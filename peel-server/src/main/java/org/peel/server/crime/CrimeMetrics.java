package org.peel.server.crime;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Crime-related incidents still waiting for a crime decision, and those of them past the 24-hour clock
 * ({@code peel_incidents_awaiting_decision}, {@code peel_incidents_late}): read from the indexed awaiting column
 * at each scrape, so they cost one index range count each.
 */
@Component
class CrimeMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    CrimeMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("peel.incidents.awaiting.decision", this, metrics -> metrics.count(false))
                .description("Crime-related incidents with no crime decision yet, within the 24-hour clock")
                .register(registry);
        Gauge.builder("peel.incidents.late", this, metrics -> metrics.count(true))
                .description("Crime-related incidents with no crime decision after the 24-hour clock ran out")
                .register(registry);
    }

    private double count(boolean late) {
        try {
            return jdbc.sql("SELECT COUNT(*) FROM incident WHERE awaiting_since IS NOT NULL AND awaiting_since "
                            + (late ? "<=" : ">") + " :lateBefore")
                    .param("lateBefore", IncidentRepository.at(clock.instant().minus(RecordingStandard.WINDOW)))
                    .query(Long.class).single();
        } catch (RuntimeException unreadable) {
            return Double.NaN; // the database cannot be reached: no figure rather than a wrong one
        }
    }
}
