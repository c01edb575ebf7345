package org.peel.server.search;

import java.util.List;
import java.util.function.LongConsumer;

import org.peel.server.changelog.ChangeLog;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.people.Restriction;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Rebuilding and catching up the person index: for the {@code reindex} command and for batch work. */
@Service
public class SearchIndexMaintenance {

    private static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);

    private final PersonIndex index;
    private final ChangeFollower follower;
    private final ChangeLog changeLog;
    private final People people;

    SearchIndexMaintenance(PersonIndex index, ChangeFollower follower, ChangeLog changeLog, People people) {
        this.index = index;
        this.follower = follower;
        this.changeLog = changeLog;
        this.people = people;
    }

    /**
     * Throws the index away and builds it again from the database, reporting the number of people indexed so far.
     * Changes made while it runs are caught up afterwards from the change log.
     *
     * @return the number of people indexed
     */
    public long rebuild(LongConsumer progress) {
        long position = changeLog.latestSequence();
        follower.rebuilding();
        index.removeAll();
        long indexed = 0;
        long afterId = 0;
        while (true) {
            List<Long> ids = people.idsAfter(afterId, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            List<Person> batch = people.findAllWhole(ids);
            Map<Long, Restriction> restricted = people.currentRestrictions(ids);
            index.putAll(batch.stream().map(person -> PersonEntries.of(person, restricted.get(person.id()))).toList());
            indexed += batch.size();
            afterId = ids.get(ids.size() - 1);
            progress.accept(indexed);
        }
        index.commit(position);
        follower.restartFrom(position);
        follower.catchUp();
        follower.commit();
        log.info("Rebuilt the person index: {} people, complete up to change {}", indexed, position);
        return indexed;
    }

    /** Brings the index up to date with the database now, and makes it durable. */
    public void catchUp() {
        follower.catchUp();
        follower.commit();
    }

    /** The number of people in the index. */
    public long indexedPeople() {
        return index.size();
    }

    /** The change-log position the index is complete up to. */
    public long position() {
        return follower.position();
    }
}
