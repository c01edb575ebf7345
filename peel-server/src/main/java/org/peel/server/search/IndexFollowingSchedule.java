package org.peel.server.search;

import org.peel.server.platform.ErrorReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * While the server runs, the index follows the change log a few times a second, so a person recorded on any server
 * sharing the database is findable here within a moment. Commands that run once (import, reindex, batch search)
 * turn this off with {@code peel.search.follow=false} and catch up themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "peel.search.follow", havingValue = "true", matchIfMissing = true)
class IndexFollowingSchedule {

    private static final Logger log = LoggerFactory.getLogger(IndexFollowingSchedule.class);

    private final ChangeFollower follower;

    IndexFollowingSchedule(ChangeFollower follower) {
        this.follower = follower;
    }

    @Scheduled(fixedDelayString = "${peel.search.follow-interval:250ms}", initialDelay = 0)
    void follow() {
        try {
            follower.catchUp();
        } catch (RuntimeException e) {
            log.warn("The person index could not catch up with the change log; will try again: {}",
                    ErrorReport.of(e));
        }
    }
}
