package org.peel.server.search;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.peel.server.testing.Records;
import org.peel.server.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** An erased person leaves the index as it follows the change log, and never comes back with a rebuild. */
@PeelIntegrationTest
class ErasedPersonIndexTest {

    @Autowired
    People people;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    Clock clock;

    private static boolean finds(PersonIndex index, String forenames, String surname, long id) {
        List<PersonMatch> matches = index.search(NameQuery.of(forenames, surname), 50);
        return matches.stream().anyMatch(match -> match.id().equals(Long.toString(id)));
    }

    private void eraseAsSupervisor(long id) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-supervisor", null, List.of(new SimpleGrantedAuthority("ROLE_SUPERVISOR"))));
        try {
            people.erase(id, "No longer necessary");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anErasedPersonIsForgottenByTheFollowingIndexAndByARebuild() throws Exception {
        String surname = Records.uniqueSurname("Forgotten");
        long id = SystemIdentity.call(CurrentUser.SYSTEM, () -> people.create(new PersonDetails(null, "FEMALE",
                List.of(new PersonDetails.Name(null, "Philippa", surname, null)), List.of("1975-05-05"), List.of(),
                List.of(), List.of(), List.of()))).id();
        PersonIndex index = new PersonIndex(new PeelProperties(TestDatabase.newDataDirectory(), false, null));
        ChangeFollower follower = new ChangeFollower(index, changeLog, people, clock);
        SearchIndexMaintenance maintenance = new SearchIndexMaintenance(index, follower, changeLog, people);
        maintenance.rebuild(progress -> { });
        assertThat(finds(index, "Philippa", surname, id)).isTrue();

        eraseAsSupervisor(id);
        follower.catchUp();

        assertThat(finds(index, "Philippa", surname, id)).as("forgotten as the index follows").isFalse();
        maintenance.rebuild(progress -> { });
        assertThat(finds(index, "Philippa", surname, id)).as("not brought back by a rebuild").isFalse();
        assertThat(index.size()).isEqualTo(people.count());
        index.destroy();
    }
}
