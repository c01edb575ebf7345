package org.peel.server.search;

import org.peel.server.changelog.ChangeLog;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * A server is ready for traffic only once its person index has caught up with the change log as it stood when the
 * server first asked: a server started or replaced during a rolling upgrade, whose index missed what the other
 * servers wrote meanwhile, would otherwise answer "no one found" for people recorded minutes ago. Once caught up it
 * stays ready; the normal lag of a moment behind new writes does not take it out of service. Part of the readiness
 * group ({@code management.endpoint.health.group.readiness.include}).
 */
@Component("searchIndex")
class SearchIndexReadiness implements HealthIndicator {

    private final ChangeFollower follower;
    private final ChangeLog changeLog;
    private volatile long target = -1;
    private volatile boolean caughtUp;

    SearchIndexReadiness(ChangeFollower follower, ChangeLog changeLog) {
        this.follower = follower;
        this.changeLog = changeLog;
    }

    @Override
    public Health health() {
        if (caughtUp) {
            return Health.up().build();
        }
        if (target < 0) {
            target = changeLog.latestSequence();
        }
        long position = follower.position();
        if (position >= target) {
            caughtUp = true;
            return Health.up().build();
        }
        return Health.outOfService().withDetail("behindBy", target - position).build();
    }
}
