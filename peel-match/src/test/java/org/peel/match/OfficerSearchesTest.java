package org.peel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.match.People.person;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Searches as an officer types them, in other scripts and with the ranking questions they raise (issue 15). */
class OfficerSearchesTest {

    private static List<PersonMatch> search(List<PersonEntry> people, NameQuery query) throws IOException {
        try (NameIndex index = NameIndex.inMemory()) {
            index.putAll(people);
            index.refresh();
            return index.search(query, 10);
        }
    }

    private static List<String> ids(List<PersonMatch> found) {
        return found.stream().map(PersonMatch::id).toList();
    }

    @Test
    void arabicScriptFindsTheMohammedKhansFirst() throws IOException {
        List<PersonEntry> people = List.of(
                person("a-mahmood").named("Mahmood", "Khan").build(),
                person("b-mahmud").named("Mahmud", "Khan").build(),
                person("c-mahmoud").named("Mahmoud", "Khan").build(),
                person("d-mahmood").named("Mahmood", "Khan").born(1971, 3, 2).build(),
                person("e-mohammed").named("Mohammed", "Khalid").build(),
                person("f-ahmed").named("Ahmed", "Khan").build(),
                person("x-mohammed").named("Mohammed", "Khan").build(),
                person("y-muhammad").named("Muhammad", "Khan").build(),
                person("z-mohamed").named("Mohamed", "Khan").born(1988, 9, 1).build());

        List<PersonMatch> found = search(people, NameQuery.parse("محمد خان"));

        assertThat(ids(found).subList(0, 3)).containsExactlyInAnyOrder("x-mohammed", "y-muhammad", "z-mohamed");
        assertThat(found.get(0).reasons()).contains("surname is KHAN");
        assertThat(found.get(0).confidence()).isGreaterThan(found.get(3).confidence());
    }

    @Test
    void arabicNamesWrittenJoinedToTheArticleOrToAbdAndAbuAreSpeltByTheirParts() {
        NameNormaliser normaliser = NameNormaliser.standard();
        assertThat(normaliser.normalise("عبدالله").words()).containsExactly("abdullah");
        assertThat(normaliser.normalise("عبدالرحمن").words()).containsExactly("abdulrahman");
        assertThat(normaliser.normalise("الحسيني").words()).as("article joined, as Al-Hosseini is")
                .isEqualTo(normaliser.normalise("Al-Hosseini").words());
        assertThat(normaliser.normalise("ابوعمر").words()).isEqualTo(normaliser.normalise("Abu Omar").words());
        assertThat(normaliser.normalise("الامير").words()).as("a title translated, not a name").doesNotContain("prince");
    }

    @Test
    void anArabicNameWrittenWithTheArticleJoinedFindsThePerson() throws IOException {
        List<PersonEntry> people = List.of(person("a-hussain").named("Hassan", "Hussain").build(),
                person("b-hosseini").named("Hassan", "Al-Hosseini").build());

        List<PersonMatch> found = search(people, NameQuery.parse("حسن الحسيني"));

        assertThat(found.get(0).id()).isEqualTo("b-hosseini");
    }

    @Test
    void arabicWordsAreWrittenInTheirUsualLatinSpelling() {
        NameNormaliser normaliser = NameNormaliser.standard();
        assertThat(normaliser.normalise("محمد").words()).containsExactly("mohamed");
        assertThat(normaliser.normalise("مُحَمَّد").words()).as("with short vowels written").containsExactly("mohamed");
        assertThat(normaliser.normalise("أحمد").words()).containsExactly("ahmed");
    }

    @Test
    void anExactCyrillicSurnameScoresAsStrong() throws IOException {
        List<PersonEntry> people = List.of(person("zhukov").named("Sergei", "Zhukov").build(),
                person("zukov").named("Sergei", "Zukov").build());

        List<PersonMatch> found = search(people, NameQuery.of("Сергей", "Жуков"));

        assertThat(found.get(0).id()).isEqualTo("zhukov");
        assertThat(found.get(0).confidence()).isGreaterThanOrEqualTo(NameIndex.MATCH_THRESHOLD);
        assertThat(found.get(0).reasons()).contains("surname is ZHUKOV");
    }

    @Test
    void aCyrillicSurnameAloneScoresAsTheSameSurnameInLatinLetters() {
        PersonEntry zhukov = person("zhukov").named("Sergei", "Zhukov").build();
        NameMatcher matcher = NameMatcher.standard();

        PersonMatch cyrillic = matcher.score(NameQuery.of(null, "ЖУКОВ"), zhukov);
        PersonMatch latin = matcher.score(NameQuery.of(null, "Zhukov"), zhukov);

        assertThat(cyrillic.confidence()).isEqualTo(latin.confidence());
        assertThat(cyrillic.reasons()).containsExactly("surname is ZHUKOV");
        assertThat(NameNormaliser.standard().normalise("Хрущёв").words()).containsExactly("khrushchev");
    }

    @Test
    void anExactCyrillicSkySurnameAgreesExactlyWithHowRecordsWriteIt() throws IOException {
        NameMatcher matcher = NameMatcher.standard();
        PersonMatch latin = matcher.score(NameQuery.of(null, "Kovalevsky"),
                person("latin").named("Aleksei", "Kovalevsky").build());
        for (String recorded : List.of("Kovalevsky", "Kovalevskiy", "Kovalevskii", "Kovalevskij")) {
            PersonMatch cyrillic = matcher.score(NameQuery.of(null, "Ковалевский"),
                    person("p").named("Aleksei", recorded).build());
            assertThat(cyrillic.confidence()).as(recorded).isEqualTo(latin.confidence());
            assertThat(cyrillic.reasons()).as(recorded).containsExactly("surname is KOVALEVSKY");
        }
        List<PersonEntry> people = List.of(person("a-kowalski").named("Aleksei", "Kowalski").build(),
                person("b-kovalev").named("Aleksei", "Kovalev").build(),
                person("x-kovalevsky").named("Alexei", "Kovalevsky").build());
        List<PersonMatch> found = search(people, NameQuery.of("Алексей", "Ковалевский"));
        assertThat(found.get(0).id()).isEqualTo("x-kovalevsky");
        assertThat(found.get(0).confidence()).isGreaterThanOrEqualTo(NameIndex.MATCH_THRESHOLD);
        assertThat(NameNormaliser.standard().normalise("Kowalski").words()).as("Polish -ski is another name")
                .containsExactly("kowalski");
    }

    @Test
    void urduScriptNamesFindTheArabicSpellings() {
        NameNormaliser normaliser = NameNormaliser.standard();
        assertThat(normaliser.normalise("علی").words()).containsExactly("ali");
        assertThat(normaliser.normalise("محمد عمران").words()).containsExactly("mohamed", "imran");
    }

    @Test
    void theNameExactlyAsSearchedRanksAboveTheSameNameWithAMiddleName() throws IOException {
        List<PersonEntry> people = List.of(person("a-graham").named("John Graham", "Smith").build(),
                person("b-john").named("John", "Smith").build());

        assertThat(ids(search(people, NameQuery.parse("SMITH, John")))).containsExactly("b-john", "a-graham");
    }

    @Test
    void oBrienFindsTheOBriensBeforeBrienAndBradyOBrien() throws IOException {
        List<PersonEntry> people = List.of(person("a-brien").named("Sean", "Brien").build(),
                person("b-brady-obrien").named("Sean", "Brady-O'Brien").build(),
                person("y-obrien").named("Sean", "O'Brien").build(),
                person("z-obrien").named("Mary", "O'BRIEN").build());

        List<String> found = ids(search(people, NameQuery.of(null, "O'BRIEN")));

        assertThat(found.subList(0, 2)).containsExactlyInAnyOrder("y-obrien", "z-obrien");
        assertThat(found).contains("a-brien", "b-brady-obrien");
    }

    @Test
    void aDoubleBarrelledNameWithAnOPartIsFoundByThatPart() throws IOException {
        List<PersonEntry> people = List.of(person("brady-obrien").named("Sean", "Brady-O'Brien").build());

        assertThat(ids(search(people, NameQuery.of("Sean", "O'Brien")))).containsExactly("brady-obrien");
        assertThat(NameNormaliser.standard().normalise("Brady-O'Brien").words()).containsExactly("brady", "obrien");
    }

    @Test
    void aDateOfBirthAYearApartNeverShowsAsACertainMatch() {
        PersonEntry recorded = person("p").named("Siobhan Aoife", "Quigley").born(1979, 4, 12).sex(Sex.FEMALE).build();
        NameMatcher matcher = NameMatcher.standard();

        PersonMatch yearApart = matcher.score(
                NameQuery.of("Siobhan Aoife", "Quigley", PartialDate.of(1980, 4, 12)).withSex(Sex.FEMALE), recorded);
        PersonMatch sameDay = matcher.score(
                NameQuery.of("Siobhan Aoife", "Quigley", PartialDate.of(1979, 4, 12)).withSex(Sex.FEMALE), recorded);

        assertThat(Math.round(yearApart.confidence() * 100)).isLessThan(100);
        assertThat(yearApart.reasons()).anyMatch(reason -> reason.startsWith("born the same day and month, year one out"));
        assertThat(Math.round(sameDay.confidence() * 100)).isEqualTo(100);
    }

    @Test
    void equallyLikelyPeopleAreListedByIdAndSaySo() throws IOException {
        List<PersonEntry> people = List.of(person("p2").named("Anne", "Hathaway").born(1956, 1, 1).build(),
                person("p1").named("Anne", "Hathaway").born(1956, 1, 1).build(),
                person("p3").named("Anne", "Hathaway").born(1957, 1, 1).build());

        List<PersonMatch> found = search(people, NameQuery.of("Anne", "Hathaway", PartialDate.of(1956, 1, 1)));

        assertThat(ids(found)).containsExactly("p1", "p2", "p3");
        assertThat(found.get(0).reasons()).contains(
                "as likely as 1 other person found on the same evidence (these are listed by how many ways the names agree, then by record id)");
        assertThat(found.get(2).reasons()).noneMatch(reason -> reason.startsWith("as likely as"));
    }

    @Test
    void aShortFormOnNoListFindsTheForenameItStartsAsAWeakReason() throws IOException {
        List<PersonEntry> people = List.of(person("a-kunle").named("Kunle", "Adeyemi").build(),
                person("b-olusegun").named("Olusegun", "Adeyemi").build());

        List<PersonMatch> found = search(people, NameQuery.of("Olu", "Adeyemi"));

        assertThat(found.get(0).id()).isEqualTo("b-olusegun");
        assertThat(found.get(0).reasons()).contains("forename is the start of OLUSEGUN (a short form on no list: weak)");
        assertThat(found.get(0).confidence()).isGreaterThan(found.get(1).confidence());
    }

    @Test
    void aShortFormFindsThePersonAmongMoreNamesakesThanTheCandidatesGathered() throws IOException {
        String[] others = {"Amelia", "Jack", "Oliver", "Grace", "Harry", "Isla", "George", "Emily", "Noah", "Ava"};
        try (NameIndex index = NameIndex.inMemory()) {
            for (int i = 0; i < 400; i++) { // put one by one, so that the index holds Phoebe last
                index.put(person("p" + i).named(others[i % others.length], "Smith").build());
            }
            index.put(person("x-phoebe").named("Phoebe", "Smith").build());
            index.refresh();

            List<PersonMatch> found = index.search(NameQuery.of("Pho", "Smith"), 10);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).id()).isEqualTo("x-phoebe");
        }
    }

    @Test
    void theFullForenameFindsAPersonRecordedByAShortFormOfIt() throws IOException {
        List<PersonEntry> people = List.of(person("olu").named("Olu", "Adeyemi").build());

        assertThat(ids(search(people, NameQuery.of("Olusegun", "Adeyemi")))).containsExactly("olu");
    }

    @Test
    void aPrefixIsNoReasonForSurnamesNorForTwoLetters() {
        NameMatcher matcher = NameMatcher.standard();
        assertThat(matcher.compareWords("ada", "adamson", true).level()).isEqualTo(NameLevel.DIFFERENT);
        assertThat(matcher.compareWords("ol", "olusegun", false).level()).isEqualTo(NameLevel.DIFFERENT);
        assertThat(matcher.compareWords("olu", "olusegun", false).level()).isEqualTo(NameLevel.PREFIX);
    }

    @Test
    void equallyLikelyPeopleWithNumericIdsAreListedAsNumbersNotAsText() throws IOException {
        List<PersonEntry> people = List.of(person("10").named("Anne", "Hathaway").born(1956, 1, 1).build(),
                person("9").named("Anne", "Hathaway").born(1956, 1, 1).build(),
                person("100").named("Anne", "Hathaway").born(1956, 1, 1).build());

        assertThat(ids(search(people, NameQuery.of("Anne", "Hathaway", PartialDate.of(1956, 1, 1)))))
                .containsExactly("9", "10", "100");
        assertThat(LuceneNameIndex.byRecordId("rec-10", "rec-9")).isNegative();
        assertThat(LuceneNameIndex.byRecordId("007", "10")).isNegative();
    }

    @Test
    void aPersonWhoseSurnameIsNotKnownIsFoundByForenameAndDateAndASurnameSearchedDoesNotCountAgainstThem()
            throws IOException {
        List<PersonEntry> people = List.of(person("no-surname").named("Kwame", null).born(1979, 6, 14).build(),
                person("other-kwame").named("Kwame", "Boateng").born(1962, 1, 30).build());

        List<PersonMatch> byForename = search(people, NameQuery.of("Kwame", null, PartialDate.of(1979, 6, 14)));
        List<PersonMatch> withASurname = search(people, NameQuery.of("Kwame", "Mensah", PartialDate.of(1979, 6, 14)));

        assertThat(byForename.get(0).id()).isEqualTo("no-surname");
        assertThat(withASurname.get(0).id()).isEqualTo("no-surname");
        assertThat(withASurname.get(0).confidence()).isGreaterThanOrEqualTo(NameIndex.MATCH_THRESHOLD);
        assertThat(withASurname.get(0).reasons()).noneMatch(reason -> reason.startsWith("surname"));
    }

    @Test
    void anInitialInsteadOfTheForenameFindsThePersonByNameAlone() throws IOException {
        List<PersonEntry> people = List.of(person("a-peter").named("Peter", "Okonkwo").build(),
                person("b-mary").named("Mary", "Okonkwo").build(),
                person("c-james").named("James", "Okafor").build(),
                person("d-chidi").named("Chidi", "Okonkwo").build(),
                person("x-james").named("James", "Okonkwo").build());

        List<PersonMatch> found = search(people, NameQuery.of("J", "Okonkwo"));

        assertThat(found.get(0).id()).isEqualTo("x-james");
        assertThat(found.get(0).reasons()).contains("surname is OKONKWO", "forename initial agrees with JAMES");
        assertThat(found.get(0).confidence()).isGreaterThan(found.get(1).confidence());
    }

    @Test
    void anInitialIsReadAsTheForenameNeverAsASurnameWrittenFirst() throws IOException {
        List<PersonEntry> people = List.of(person("a-baxter").named("Morgan", "Baxter").build(),
                person("b-bell").named("Morgan", "Bell").build(),
                person("c-brown").named("Morgan", "Brown").build(),
                person("x-brody").named("Brody", "Morgan").build());

        List<PersonMatch> found = search(people, NameQuery.of("B", "Morgan"));

        assertThat(found.get(0).id()).isEqualTo("x-brody");
        assertThat(found.get(0).reasons()).contains("forename initial agrees with BRODY");
        assertThat(found).allMatch(match -> !match.reasons().contains("forenames and surname swapped"));
    }

    @Test
    void onePartOfADoubleBarrelledSurnameFindsThePersonByNameAloneAndSaysWhichPart() throws IOException {
        List<PersonEntry> people = List.of(person("a-bradley").named("Siobhan", "Bradley").build(),
                person("b-other").named("Mary", "Brady-Smith").build(),
                person("c-jones").named("Siobhan", "Jones").build(),
                person("x-siobhan").named("Siobhan", "Brady-Whitfield").build());

        List<PersonMatch> byFirstPart = search(people, NameQuery.of("Siobhan", "Brady"));
        List<PersonMatch> bySecondPart = search(people, NameQuery.of("Siobhan", "Whitfield"));

        assertThat(byFirstPart.get(0).id()).isEqualTo("x-siobhan");
        assertThat(byFirstPart.get(0).reasons()).contains("surname is BRADY, part of BRADY-WHITFIELD");
        assertThat(bySecondPart.get(0).id()).isEqualTo("x-siobhan");
    }
}
