package org.peel.server.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.peel.server.changelog.Change;
import org.peel.server.changelog.ChangeLog;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.people.Restriction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps the person index in step with the database by reading the change log from the index's own position. Applying
 * a change re-reads the person from the database, so applying one twice does no harm.
 *
 * <p>Change-log sequence numbers are handed out when a transaction writes, not when it commits, so a number can be
 * missing for a while (a transaction still running) or for ever (one that rolled back). The follower applies what it
 * sees at once, but only moves its durable position past a missing number once that number has been missing for
 * {@link #GAP_GRACE}; until then it keeps looking for it.
 */
@Component
class ChangeFollower implements DisposableBean {

    static final Duration GAP_GRACE = Duration.ofSeconds(30);
    static final Duration COMMIT_EVERY = Duration.ofSeconds(5);
    /** During a long catch-up, what has been applied is made searchable this often, not only at the end. */
    static final Duration REFRESH_EVERY = Duration.ofSeconds(1);
    private static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);

    private final PersonIndex index;
    private final ChangeLog changeLog;
    private final People people;
    private final Clock clock;

    /** Every change up to here is in the index (or was given up as a rolled-back gap). */
    private long position;
    /** Changes above {@link #position} already applied. */
    private final TreeSet<Long> appliedAbove = new TreeSet<>();
    private final Map<Long, Instant> gapsFirstSeen = new HashMap<>();
    private long committedPosition;
    private Instant lastCommit;
    /**
     * The highest change whose effect searches can see (read without the lock, by every search: see
     * {@link IndexLagCheck}); 0 while the index is being rebuilt.
     */
    private volatile long searchableUpTo;
    private volatile boolean rebuilding;

    ChangeFollower(PersonIndex index, ChangeLog changeLog, People people, Clock clock) {
        this.index = index;
        this.changeLog = changeLog;
        this.people = people;
        this.clock = clock;
        this.position = index.committedPosition();
        this.committedPosition = position;
        this.lastCommit = clock.instant();
        this.searchableUpTo = position;
    }

    /** Applies every change written since the last call; answers how many records were re-indexed. */
    synchronized int catchUp() {
        int reindexed = 0;
        long lastRefresh = System.nanoTime();
        while (true) {
            long before = position;
            List<Change> changes = changeLog.readAfter(position, BATCH);
            Set<Long> personIds = new LinkedHashSet<>();
            for (Change change : changes) {
                if (!appliedAbove.contains(change.sequence()) && People.RECORD_TYPE.equals(change.recordType())) {
                    personIds.add(change.recordId());
                }
            }
            reindexed += apply(personIds);
            advance(changes);
            if (changes.size() < BATCH || position == before) {
                break;
            }
            if (System.nanoTime() - lastRefresh >= REFRESH_EVERY.toNanos()) {
                refresh();
                lastRefresh = System.nanoTime();
            }
        }
        refresh();
        if (position != committedPosition && Duration.between(lastCommit, clock.instant()).compareTo(COMMIT_EVERY) >= 0) {
            commit();
        }
        return reindexed;
    }

    private void refresh() {
        index.refresh();
        searchableUpTo = appliedAbove.isEmpty() ? position : Math.max(position, appliedAbove.last());
    }

    /**
     * The highest change-log sequence number searches can see applied (changes below it that are not applied are
     * transactions not yet committed or rolled back); 0 while the index is rebuilt. Never waits for a catch-up.
     */
    long searchableUpTo() {
        return rebuilding ? 0 : searchableUpTo;
    }

    /** The index is being emptied and rebuilt: until {@link #restartFrom}, searches can rely on none of it. */
    void rebuilding() {
        rebuilding = true;
    }

    /** Where the follower has got to in the change log. */
    synchronized long position() {
        return position;
    }

    /** Makes the index durable at the current position. */
    synchronized void commit() {
        index.commit(position);
        committedPosition = position;
        lastCommit = clock.instant();
    }

    /** After a rebuild: the index is complete up to {@code rebuiltTo}. */
    synchronized void restartFrom(long rebuiltTo) {
        position = rebuiltTo;
        committedPosition = rebuiltTo;
        appliedAbove.clear();
        gapsFirstSeen.clear();
        lastCommit = clock.instant();
        searchableUpTo = rebuiltTo;
        rebuilding = false;
    }

    private int apply(Set<Long> personIds) {
        if (personIds.isEmpty()) {
            return 0;
        }
        List<Person> found = people.findAllWhole(personIds);
        Map<Long, Restriction> restricted = people.currentRestrictions(personIds);
        index.putAll(found.stream().map(person -> PersonEntries.of(person, restricted.get(person.id()))).toList());
        Set<Long> missing = new LinkedHashSet<>(personIds);
        found.forEach(person -> missing.remove(person.id()));
        missing.forEach(index::remove);
        return personIds.size();
    }

    private void advance(List<Change> changes) {
        Instant now = clock.instant();
        changes.forEach(change -> appliedAbove.add(change.sequence()));
        if (appliedAbove.isEmpty()) {
            return;
        }
        long highest = appliedAbove.last();
        for (long missing = position + 1; missing < highest; missing++) {
            if (!appliedAbove.contains(missing)) {
                gapsFirstSeen.putIfAbsent(missing, now);
            }
        }
        while (true) {
            long next = position + 1;
            if (appliedAbove.remove(next)) {
                position = next;
                continue;
            }
            Instant firstSeen = gapsFirstSeen.get(next);
            if (firstSeen == null || Duration.between(firstSeen, now).compareTo(GAP_GRACE) < 0) {
                return;
            }
            log.debug("Change {} never appeared; taking it as a rolled-back transaction", next);
            gapsFirstSeen.remove(next);
            position = next;
        }
    }

    @Override
    public void destroy() {
        if (position != committedPosition) {
            commit();
        }
    }
}
