package org.peel.server.crime;

import java.time.Clock;

import org.peel.server.platform.CountGauge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
        CountGauge.register(registry, "peel.incidents.awaiting.decision",
                "Crime-related incidents with no crime decision yet, within the 24-hour clock", () -> count(false));
        CountGauge.register(registry, "peel.incidents.late",
                "Crime-related incidents with no crime decision after the 24-hour clock ran out", () -> count(true));
    }

    private long count(boolean late) {
        return jdbc.sql("SELECT COUNT(*) FROM incident WHERE awaiting_since IS NOT NULL AND awaiting_since "
                        + (late ? "<=" : ">") + " :lateBefore")
                .param("lateBefore", IncidentRepository.at(clock.instant().minus(RecordingStandard.WINDOW)))
                .query(Long.class).single();
    }
}
