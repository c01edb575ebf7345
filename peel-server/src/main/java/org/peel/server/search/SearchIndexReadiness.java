package org.peel.server.search;

import java.util.List;

import org.peel.match.NameQuery;
import org.peel.match.PartialDate;
import org.peel.server.changelog.ChangeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A server is ready for traffic only once its person index has caught up with the change log as it stood when the
 * server first asked: a server started or replaced during a rolling upgrade, whose index missed what the other
 * servers wrote meanwhile, would otherwise answer "no one found" for people recorded minutes ago. Once caught up it
 * stays ready; the normal lag of a moment behind new writes does not take it out of service. Part of the readiness
 * group ({@code management.endpoint.health.group.readiness.include}).
 *
 * <p>It also waits for a few searches run on the index once the server has started, so that the first officer to
 * search after a restart does not pay for loading the index's structures and compiling the matcher's code.
 */
@Component("searchIndex")
class SearchIndexReadiness implements HealthIndicator {

    /** Common names in the forms officers type them, with and without dates: enough to touch every field. */
    private static final List<NameQuery> WARM_UP = List.of(
            NameQuery.of("John", "Smith", PartialDate.of(1985, 3, 12)),
            NameQuery.of("Mohammed", "Khan", PartialDate.ofYear(1990)),
            NameQuery.of("Jon", "Smyth"),
            NameQuery.of(null, "O'Brien"),
            NameQuery.parse("kate jones 14/2/91"));
    private static final int WARM_UP_ROUNDS = 20;
    private static final Logger log = LoggerFactory.getLogger(SearchIndexReadiness.class);

    private final ChangeFollower follower;
    private final ChangeLog changeLog;
    private final PersonIndex index;
    private volatile long target = -1;
    private volatile boolean caughtUp;
    private volatile boolean warmedUp;

    private final boolean serving;

    SearchIndexReadiness(ChangeFollower follower, ChangeLog changeLog, PersonIndex index,
                         @Value("${peel.search.follow:true}") boolean serving) {
        this.follower = follower;
        this.changeLog = changeLog;
        this.index = index;
        this.serving = serving;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!serving) {
            warmedUp = true; // a one-off command (import, reindex, batch search) serves no officer
            return;
        }
        Thread warming = new Thread(() -> {
            long started = System.nanoTime();
            try {
                for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                    for (NameQuery query : WARM_UP) {
                        index.search(query, 10);
                    }
                }
                log.info("Person index warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Warming up the person index failed; the first searches may be slow", e);
            } finally {
                warmedUp = true;
            }
        }, "person-index-warm-up");
        warming.setDaemon(true);
        warming.start();
    }

    @Override
    public Health health() {
        if (!warmedUp) {
            return Health.outOfService().withDetail("warmingUp", true).build();
        }
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
