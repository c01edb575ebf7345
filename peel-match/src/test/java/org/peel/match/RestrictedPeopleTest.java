package org.peel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.match.People.person;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestrictedPeopleTest {

    private static final Set<String> OUTSIDER = Set.of("user:outsider", "team:Response");
    private static final Set<String> TEAM_MEMBER = Set.of("user:member", "team:Op Kestrel");

    private NameIndex index;

    @BeforeEach
    void openIndex() throws IOException {
        index = NameIndex.inMemory();
        index.putAll(List.of(
                person("open-1").named("Carys", "Pritchard").born(1990, 1, 1).build(),
                person("restricted").named("Carys", "Pritchard").born(1990, 1, 2)
                        .readableBy("user:owner", "team:Op Kestrel").build(),
                person("open-2").named("Carys", "Prichard").born(1970, 3, 3).build()));
        index.refresh();
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
    }

    private List<String> ids(String typed, Visibility visibility) throws IOException {
        return index.search(NameQuery.parse(typed), 10, visibility).stream().map(PersonMatch::id).toList();
    }

    @Test
    void aRestrictedPersonIsLeftOutForSomeoneWithoutAKey() throws IOException {
        assertThat(ids("Carys Pritchard", Visibility.openTo(OUTSIDER))).containsExactly("open-1", "open-2");
    }

    @Test
    void aRestrictedPersonIsFoundByAHolderOfOneOfTheirKeys() throws IOException {
        assertThat(ids("Carys Pritchard", Visibility.openTo(TEAM_MEMBER))).contains("restricted", "open-1", "open-2");
        assertThat(ids("Carys Pritchard", Visibility.openTo(Set.of("user:owner")))).contains("restricted");
    }

    @Test
    void theOutsidersResultsAreExactlyThoseOfAnIndexWithoutTheRestrictedPerson() throws IOException {
        List<PersonMatch> filtered = index.search(NameQuery.parse("Carys Pritchard 01/01/1990"), 10,
                Visibility.openTo(OUTSIDER));
        index.remove("restricted");
        index.refresh();
        List<PersonMatch> without = index.search(NameQuery.parse("Carys Pritchard 01/01/1990"), 10);
        assertThat(filtered).isEqualTo(without);
    }

    @Test
    void theHiddenSearchFindsOnlyRestrictedPeopleTheKeysDoNotOpen() throws IOException {
        assertThat(ids("Carys Pritchard", Visibility.hiddenFrom(OUTSIDER))).containsExactly("restricted");
        assertThat(ids("Carys Pritchard", Visibility.hiddenFrom(TEAM_MEMBER))).isEmpty();
    }

    @Test
    void liftingTheRestrictionOpensThePersonToEveryone() throws IOException {
        index.put(person("restricted").named("Carys", "Pritchard").born(1990, 1, 2).build());
        index.refresh();
        assertThat(ids("Carys Pritchard", Visibility.openTo(OUTSIDER))).contains("restricted");
        assertThat(ids("Carys Pritchard", Visibility.hiddenFrom(OUTSIDER))).isEmpty();
    }
}
