package org.peel.server.search;

import org.peel.server.changelog.ChangeLog;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * How far the search index is behind the database, for an operations team to graph and alert on
 * ({@code peel_search_index_lag}): changes in the change log that this server's index has not applied yet.
 * It should stay near zero; a rising line means the follower is stuck or the server cannot keep up.
 */
@Component
class IndexMetrics implements MeterBinder {

    private final ChangeLog changeLog;
    private final ChangeFollower follower;
    private final PersonIndex index;

    IndexMetrics(ChangeLog changeLog, ChangeFollower follower, PersonIndex index) {
        this.changeLog = changeLog;
        this.follower = follower;
        this.index = index;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("peel.search.index.lag", this, IndexMetrics::lag)
                .description("Changes in the change log that the search index has not applied yet")
                .register(registry);
        Gauge.builder("peel.search.index.people", index, PersonIndex::size)
                .description("People in this server's search index").register(registry);
    }

    private double lag() {
        try {
            return Math.max(0, changeLog.latestSequence() - follower.position());
        } catch (RuntimeException unreadable) {
            return Double.NaN; // the database cannot be reached: no figure rather than a wrong one
        }
    }
}
