package org.peel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.match.People.person;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameIndexTest {

    private NameIndex index;

    @BeforeEach
    void openIndex() throws IOException {
        index = NameIndex.inMemory();
        index.putAll(List.of(
                person("robertson").named("James", "Robertson").born(1971, 5, 2).sex(Sex.MALE).build(),
                person("roberts").named("James", "Roberts").born(1968, 1, 9).sex(Sex.MALE).build(),
                person("robert-smith").named("Robert", "Smith").born(1980, 6, 1).sex(Sex.MALE).build(),
                person("ruth-smith").named("Ruth", "Smith").born(1955, 2, 2).sex(Sex.FEMALE).build(),
                person("khan").named("Muhammad", "Khan").born(1990, 7, 4).sex(Sex.MALE).build(),
                person("kahn").named("Mohsin", "Kahn").born(1962, 11, 30).sex(Sex.MALE).build(),
                person("obrien").named("Siobhan", "O'Brien").born(PartialDate.ofYear(1979)).sex(Sex.FEMALE).build(),
                person("smith-jones").named("Anne", "Smith-Jones").born(1988, 8, 8).sex(Sex.FEMALE).build(),
                person("jones").named("Anne", "Jones").born(1948, 3, 3).sex(Sex.FEMALE).build(),
                person("alias").named("Peter", "Grant").alias("Piotr", "Nowak").born(1975, 12, 25).build(),
                person("no-dob").named("Daniel", "Okafor").sex(Sex.MALE).build()));
        index.refresh();
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
    }

    private String firstId(String typed) throws IOException {
        List<PersonMatch> found = index.search(NameQuery.parse(typed), 10);
        assertThat(found).as("results for " + typed).isNotEmpty();
        return found.get(0).id();
    }

    private List<String> ids(NameQuery query) throws IOException {
        return index.search(query, 10).stream().map(PersonMatch::id).toList();
    }

    @Test
    void aTypoFindsTheRightPerson() throws IOException {
        assertThat(firstId("James Robetrson")).isEqualTo("robertson");
    }

    @Test
    void aNicknameFindsTheFullName() throws IOException {
        assertThat(firstId("Bob Smith")).isEqualTo("robert-smith");
    }

    @Test
    void anotherTransliterationFindsThePerson() throws IOException {
        assertThat(firstId("Mohamed Khan")).isEqualTo("khan");
    }

    @Test
    void swappedForenameAndSurnameFindThePerson() throws IOException {
        assertThat(firstId("Khan, Muhammad")).isEqualTo("khan");
        assertThat(firstId("Robertson James")).isEqualTo("robertson");
    }

    @Test
    void oBrienIsFoundHoweverWritten() throws IOException {
        assertThat(firstId("Siobhan O Brien")).isEqualTo("obrien");
        assertThat(firstId("Siobhan OBrien")).isEqualTo("obrien");
    }

    @Test
    void onePartOfADoubleBarrelledSurnameFindsThePerson() throws IOException {
        assertThat(ids(NameQuery.of("Anne", "Jones"))).contains("smith-jones", "jones");
        assertThat(ids(NameQuery.of(null, "Smith-Jones")).get(0)).isEqualTo("smith-jones");
    }

    @Test
    void aDateOfBirthWithDayAndMonthSwappedRanksTheRightPersonFirst() throws IOException {
        // two Anne Jones-like people; the date written 8/3/1948 as 3/8/1948 still picks the one born 3 March 1948
        index.put(person("jones-2").named("Anne", "Jones").born(1971, 10, 10).build());
        index.refresh();
        assertThat(firstId("Anne Jones 3/3/1948")).isEqualTo("jones");
        index.put(person("khan-2").named("Muhammad", "Khan").born(1985, 1, 1).build());
        index.refresh();
        assertThat(firstId("Muhammad Khan 7/4/1990")).isEqualTo("khan");
    }

    @Test
    void anAliasIsSearchedAndReported() throws IOException {
        PersonMatch match = index.search(NameQuery.parse("Piotr Nowak"), 5).get(0);
        assertThat(match.id()).isEqualTo("alias");
        assertThat(match.matchedName().primary()).isFalse();
        assertThat(match.reasons()).contains("matched alias NOWAK, Piotr");
    }

    @Test
    void resultsComeBestFirstWithConfidenceAboveTheFloor() throws IOException {
        List<PersonMatch> found = index.search(NameQuery.parse("James Roberts"), 10);
        assertThat(found.get(0).id()).isEqualTo("roberts");
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).confidence()).isLessThanOrEqualTo(found.get(i - 1).confidence());
        }
        assertThat(found).allSatisfy(m -> assertThat(m.confidence()).isBetween(NameIndex.CONFIDENCE_FLOOR, 1.0));
    }

    @Test
    void theLimitIsRespected() throws IOException {
        assertThat(index.search(NameQuery.of(null, "Smith"), 1)).hasSize(1);
    }

    @Test
    void theBirthRangeFilterKeepsPeopleWithoutOrWithPartialDates() throws IOException {
        NameQuery query = NameQuery.of(null, "Okafor").withDateOfBirthRange(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1));
        assertThat(ids(query)).containsExactly("no-dob");
        NameQuery obrien = NameQuery.of("Siobhan", "OBrien").withDateOfBirthRange(LocalDate.of(1979, 6, 1), LocalDate.of(1979, 6, 30));
        assertThat(ids(obrien)).containsExactly("obrien");
        NameQuery outside = NameQuery.of("Siobhan", "OBrien").withDateOfBirthRange(LocalDate.of(1990, 1, 1), LocalDate.of(1991, 1, 1));
        assertThat(ids(outside)).isEmpty();
    }

    @Test
    void theSexFilterKeepsThatSexAndUnknown() throws IOException {
        assertThat(ids(NameQuery.of(null, "Smith").withSex(Sex.FEMALE))).contains("ruth-smith").doesNotContain("robert-smith");
        index.put(person("unknown-smith").named("Sam", "Smith").build());
        index.refresh();
        assertThat(ids(NameQuery.of(null, "Smith").withSex(Sex.FEMALE)))
                .contains("ruth-smith", "unknown-smith").doesNotContain("robert-smith");
        assertThat(ids(NameQuery.of(null, "Smith").withSex(Sex.UNKNOWN))).contains("ruth-smith", "robert-smith", "unknown-smith");
    }

    @Test
    void putReplacesByIdAndRemoveDeletes() throws IOException {
        index.put(person("roberts").named("James", "Roberts-Hughes").build());
        index.remove("robertson");
        index.refresh();
        assertThat(index.size()).isEqualTo(10);
        List<PersonMatch> found = index.search(NameQuery.parse("James Roberts"), 10);
        assertThat(found).extracting(PersonMatch::id).doesNotContain("robertson").contains("roberts");
        assertThat(found.stream().filter(m -> m.id().equals("roberts")).findFirst().orElseThrow().matchedName().surname())
                .isEqualTo("Roberts-Hughes");
    }

    @Test
    void writesAreNotSearchableBeforeRefresh() throws IOException {
        index.put(person("new").named("Zebedee", "Quartermaine").build());
        assertThat(index.search(NameQuery.of("Zebedee", "Quartermaine"), 5)).isEmpty();
        index.refresh();
        assertThat(index.search(NameQuery.of("Zebedee", "Quartermaine"), 5)).extracting(PersonMatch::id).containsExactly("new");
    }

    @Test
    void removeAllEmptiesTheIndex() throws IOException {
        index.removeAll();
        assertThat(index.size()).isZero();
    }

    @Test
    void searchesRunConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String typed = i % 2 == 0 ? "Bob Smith" : "Mohamed Khan";
                results.add(pool.submit(() -> firstId(typed)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "robert-smith" : "khan");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aNewIndexHasNoUserData(@TempDir Path directory) throws IOException {
        try (NameIndex onDisk = NameIndex.open(directory.resolve("names"))) {
            assertThat(onDisk.committedUserData()).isEmpty();
            assertThat(onDisk.size()).isZero();
        }
    }

    @Test
    void committedPeopleAndUserDataSurviveReopening(@TempDir Path directory) throws IOException {
        try (NameIndex onDisk = NameIndex.open(directory)) {
            onDisk.put(person("1").named("Grace", "Hopper").born(1906, 12, 9).build());
            onDisk.commit(Map.of("changeLogPosition", "42"));
            onDisk.put(person("2").named("Alan", "Turing").build()); // not committed: lost on close
        }
        try (NameIndex reopened = NameIndex.open(directory)) {
            assertThat(reopened.committedUserData()).containsExactly(Map.entry("changeLogPosition", "42"));
            assertThat(reopened.size()).isEqualTo(1);
            assertThat(reopened.search(NameQuery.parse("Grace Hopper"), 5)).extracting(PersonMatch::id).containsExactly("1");
        }
    }

    @Test
    void theLatestCommitsUserDataWins(@TempDir Path directory) throws IOException {
        try (NameIndex onDisk = NameIndex.open(directory)) {
            onDisk.commit(Map.of("changeLogPosition", "1"));
            onDisk.commit(Map.of("changeLogPosition", "2"));
            assertThat(onDisk.committedUserData()).containsEntry("changeLogPosition", "2");
        }
    }
}
