package org.peel.server.missing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.peel.server.platform.CountGauge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Open missing-person episodes whose risk review is overdue ({@code peel_missing_reviews_overdue}): one count on
 * the (status, review due) index at each scrape.
 */
@Component
class MissingMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    MissingMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CountGauge.register(registry, "peel.missing.reviews.overdue",
                "Open missing-person episodes whose risk review is overdue", this::overdue);
    }

    private long overdue() {
        return jdbc.sql("SELECT COUNT(*) FROM missing_episode WHERE status = 'OPEN' AND review_due_at < :now")
                .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).query(Long.class).single();
    }
}
