package org.peel.server.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.peel.server.changelog.Change;
import org.peel.server.changelog.ChangeLog;
import org.springframework.stereotype.Component;

/**
 * Reads how far the index is behind the change log, for each search: two reads of the change log's primary key when
 * behind, one when not. A change younger than {@link #CATCHING_UP_AFTER} is the ordinary moment before the follower
 * applies it and does not count as catching up.
 */
@Component
class IndexLagCheck {

    static final Duration CATCHING_UP_AFTER = Duration.ofSeconds(3);

    private final ChangeFollower follower;
    private final ChangeLog changeLog;
    private final Clock clock;

    IndexLagCheck(ChangeFollower follower, ChangeLog changeLog, Clock clock) {
        this.follower = follower;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    IndexLag now() {
        long searchable = follower.searchableUpTo();
        long latest = changeLog.latestSequence();
        if (latest <= searchable) {
            return IndexLag.NONE;
        }
        List<Change> oldest = changeLog.readAfter(searchable, 1);
        if (oldest.isEmpty()) {
            return IndexLag.NONE;
        }
        Instant at = oldest.get(0).changedAt();
        Instant now = clock.instant();
        boolean catchingUp = Duration.between(at, now).compareTo(CATCHING_UP_AFTER) >= 0;
        return IndexLag.behind(latest - searchable, at, now, catchingUp);
    }
}
