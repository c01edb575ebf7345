package org.peel.server.search;

import org.peel.server.changelog.ChangeLog;
import org.peel.server.platform.CountGauge;
import org.springframework.stereotype.Component;

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
        CountGauge.register(registry, "peel.search.index.lag",
                "Changes in the change log that the search index has not applied yet",
                () -> Math.max(0, changeLog.latestSequence() - follower.position()));
        CountGauge.register(registry, "peel.search.index.people", "People in this server's search index",
                index::size);
    }
}
