package org.peel.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peel.match.NameQuery;
import org.peel.match.PersonMatch;
import org.peel.server.access.SystemIdentity;
import org.peel.server.changelog.ChangeLog;
import org.peel.server.people.People;
import org.peel.server.people.PersonDetails;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.PeelProperties;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The index is derived data: it follows the change log, survives a restart, and can be rebuilt. */
@PeelIntegrationTest
class IndexFollowingTest {

    @Autowired
    People people;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    private long create(String forenames, String surname) {
        return SystemIdentity.call(CurrentUser.SYSTEM, () -> people.create(new PersonDetails(null, "MALE",
                List.of(new PersonDetails.Name(null, forenames, surname, null)), List.of("1970-01-01"), List.of(),
                List.of(), List.of(), List.of()))).id();
    }

    private static boolean finds(PersonIndex index, String forenames, String surname, long id) {
        List<PersonMatch> matches = index.search(NameQuery.of(forenames, surname), 50);
        return matches.stream().anyMatch(match -> match.id().equals(Long.toString(id)));
    }

    @Test
    void anIndexThatWasStoppedCatchesUpFromItsOwnPositionAfterARestart() throws Exception {
        Path dataDirectory = TestDatabase.newDataDirectory();
        PeelProperties properties = new PeelProperties(dataDirectory, false, null);
        long before = create("Ignatius", "Restartwell");

        PersonIndex firstRun = new PersonIndex(properties);
        ChangeFollower follower = new ChangeFollower(firstRun, changeLog, people, clock);
        follower.catchUp();
        follower.commit();
        long positionAtStop = follower.position();
        assertThat(finds(firstRun, "Ignatius", "Restartwell", before)).isTrue();
        follower.destroy();
        firstRun.destroy();

        long whileStopped = create("Perpetua", "Whilestopped");

        PersonIndex secondRun = new PersonIndex(properties);
        assertThat(secondRun.committedPosition()).isEqualTo(positionAtStop);
        assertThat(finds(secondRun, "Perpetua", "Whilestopped", whileStopped)).isFalse();
        ChangeFollower restarted = new ChangeFollower(secondRun, changeLog, people, clock);
        int reindexed = restarted.catchUp();

        assertThat(reindexed).isPositive();
        assertThat(finds(secondRun, "Perpetua", "Whilestopped", whileStopped)).isTrue();
        assertThat(finds(secondRun, "Ignatius", "Restartwell", before)).isTrue();
        secondRun.destroy();
    }

    @Test
    void aRebuildFromTheDatabaseIndexesEveryPerson() throws Exception {
        long id = create("Rebekah", "Rebuildsworth");
        PeelProperties properties = new PeelProperties(TestDatabase.newDataDirectory(), false, null);
        PersonIndex index = new PersonIndex(properties);
        ChangeFollower follower = new ChangeFollower(index, changeLog, people, clock);
        SearchIndexMaintenance maintenance = new SearchIndexMaintenance(index, follower, changeLog, people);

        long indexed = maintenance.rebuild(progress -> { });

        assertThat(indexed).isEqualTo(people.count());
        assertThat(index.size()).isEqualTo(people.count());
        assertThat(finds(index, "Rebekah", "Rebuildsworth", id)).isTrue();
        assertThat(index.committedPosition()).isGreaterThanOrEqualTo(changeLog.changesOf(People.RECORD_TYPE, id).get(0).sequence());
        index.destroy();
    }

    @Test
    void aRolledBackChangeLeavesAGapThatTheFollowerPassesOnceItIsOld() throws Exception {
        PeelProperties properties = new PeelProperties(TestDatabase.newDataDirectory(), false, null);
        PersonIndex index = new PersonIndex(properties);
        org.peel.server.testing.MutableClock movable = new org.peel.server.testing.MutableClock();
        ChangeFollower follower = new ChangeFollower(index, changeLog, people, movable);
        follower.catchUp();
        try {
            transactions.executeWithoutResult(status -> {
                create("Rolled", "Backagain");
                status.setRollbackOnly();
            });
        } catch (RuntimeException ignored) {
            // the rollback is the point
        }
        long after = create("Committed", "Afterthegap");

        follower.catchUp();
        assertThat(finds(index, "Committed", "Afterthegap", after)).isTrue();
        long stuckAt = follower.position();
        assertThat(stuckAt).isLessThan(changeLog.latestSequence());

        movable.advance(ChangeFollower.GAP_GRACE.plusSeconds(1));
        follower.catchUp();

        assertThat(follower.position()).isEqualTo(changeLog.latestSequence());
        index.destroy();
    }
}
