package org.peel.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peel.match.PartialDate;

class SyntheticPopulationTest {

    private static final int SIZE = 20_000;
    /** UK postcode: area, district (maybe with a letter), space, sector digit, two unit letters (no C I K M O V). */
    private static final Pattern UK_POSTCODE =
            Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}");

    private static List<SyntheticPerson> people;

    @BeforeAll
    static void generateTwentyThousandPeople() {
        people = SyntheticPopulation.withSeed(2025).people(SIZE).toList();
    }

    private static double shareOf(Predicate<SyntheticPerson> test) {
        return people.stream().filter(test).count() / (double) SIZE;
    }

    @Test
    void twentyThousandPeopleAreGeneratedNumberedFromZero() {
        assertThat(people).hasSize(SIZE);
        assertThat(people.get(0).number()).isZero();
        assertThat(people.get(SIZE - 1).number()).isEqualTo(SIZE - 1);
    }

    @Test
    void theSameSeedAndNumberAlwaysGiveTheSamePerson() {
        SyntheticPopulation again = SyntheticPopulation.withSeed(2025);
        for (long number : new long[] {0, 1, 17, 19_999, 9_999_999}) {
            assertThat(again.person(number)).isEqualTo(SyntheticPopulation.withSeed(2025).person(number));
        }
        assertThat(again.person(12_345)).isEqualTo(people.get(12_345));
    }

    @Test
    void aParallelStreamGivesTheSamePeopleAsASequentialOne() {
        List<SyntheticPerson> parallel = SyntheticPopulation.withSeed(2025).people(2_000).parallel().toList();
        assertThat(parallel).isEqualTo(people.subList(0, 2_000));
    }

    @Test
    void aDifferentSeedGivesDifferentPeople() {
        SyntheticPopulation other = SyntheticPopulation.withSeed(2026);
        long same = people.stream().limit(1_000)
                .filter(person -> person.name().equals(other.person(person.number()).name()))
                .count();
        assertThat(same).isLessThan(20);
    }

    @Test
    void theOriginMixIsRoughlyAsConfigured() {
        Map<String, Long> byOrigin = people.stream()
                .collect(Collectors.groupingBy(SyntheticPerson::origin, Collectors.counting()));
        assertThat(byOrigin.get("english") / (double) SIZE).isCloseTo(0.70, within(0.02));
        assertThat(byOrigin.get("south-asian") / (double) SIZE).isCloseTo(0.115, within(0.015));
        assertThat(byOrigin.get("irish") / (double) SIZE).isCloseTo(0.03, within(0.006));
        assertThat(byOrigin.get("polish") / (double) SIZE).isCloseTo(0.025, within(0.006));
        assertThat(byOrigin).containsOnlyKeys("english", "south-asian", "irish", "caribbean", "arabic", "polish",
                "west-african", "somali", "chinese", "eastern-european", "turkish", "greek");
    }

    @Test
    void smithIsTheMostFrequentEnglishSurname() {
        Map<String, Long> surnames = people.stream()
                .filter(person -> person.origin().equals("english"))
                .collect(Collectors.groupingBy(person -> person.name().surname(), Collectors.counting()));
        List<String> commonest = surnames.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .limit(10)
                .toList();
        assertThat(commonest.get(0)).isEqualTo("Smith");
        assertThat(commonest).contains("Jones", "Taylor", "Williams");
    }

    @Test
    void namesOfOtherOriginsComeFromTheirOwnLists() {
        Map<String, Long> southAsianSurnames = people.stream()
                .filter(person -> person.origin().equals("south-asian"))
                .collect(Collectors.groupingBy(person -> person.name().surname(), Collectors.counting()));
        assertThat(southAsianSurnames).containsKeys("Khan", "Patel", "Hussain", "Begum");
        assertThat(people).noneMatch(person -> person.origin().equals("english")
                && person.name().forenames().startsWith("Mohammed"));
    }

    @Test
    void southAsianSinghsAreMenAndKaursWomen() {
        List<SyntheticPerson> southAsian = people.stream().filter(person -> person.origin().equals("south-asian"))
                .toList();
        assertThat(southAsian).filteredOn(person -> person.name().surname().equals("Singh"))
                .isNotEmpty().allMatch(person -> person.sex().equals("M"));
        assertThat(southAsian).filteredOn(person -> person.name().surname().equals("Kaur"))
                .isNotEmpty().allMatch(person -> person.sex().equals("F"));
    }

    @Test
    void polishWomenHaveTheFeminineFormOfTheirSurname() {
        assertThat(people)
                .filteredOn(person -> person.origin().equals("polish") && person.sex().equals("F"))
                .isNotEmpty()
                .noneMatch(person -> person.name().surname().matches(".*(ski|cki|dzki)"));
    }

    @Test
    void somaliPeopleHaveTheirFathersForenameAsAMiddleName() {
        assertThat(people).filteredOn(person -> person.origin().equals("somali"))
                .isNotEmpty()
                .allMatch(person -> person.name().forenames().contains(" "));
    }

    @Test
    void aboutFortyPerCentHaveMiddleNames() {
        assertThat(shareOf(person -> person.name().forenames().contains(" "))).isCloseTo(0.40, within(0.03));
    }

    @Test
    void aboutTwoPerCentHaveDoubleBarrelledSurnames() {
        double share = shareOf(person -> person.name().surname().contains("-")
                && !person.name().surname().matches("(Al|El)-.*"));
        assertThat(share).isCloseTo(0.02, within(0.006));
    }

    @Test
    void aboutFifteenPerCentHaveAliasesThatDifferFromTheirName() {
        assertThat(shareOf(person -> !person.aliases().isEmpty())).isCloseTo(0.15, within(0.02));
        assertThat(people).allMatch(person -> !person.aliases().contains(person.name()));
    }

    @Test
    void womenSometimesHaveAPreviousSurnameAsAnAlias() {
        assertThat(people).anyMatch(person -> person.sex().equals("F") && person.aliases().stream()
                .anyMatch(alias -> alias.forenames().equals(person.name().forenames())
                        && !alias.surname().equals(person.name().surname())));
    }

    @Test
    void datesOfBirthAreMostlyFullWithSomeYearMonthAndYearOnly() {
        Function<SyntheticPerson, PartialDate> first = person -> person.datesOfBirth().get(0);
        assertThat(shareOf(person -> first.apply(person).isComplete())).isCloseTo(0.88, within(0.015));
        assertThat(shareOf(person -> first.apply(person).hasMonth() && !first.apply(person).hasDay()))
                .isCloseTo(0.07, within(0.01));
        assertThat(shareOf(person -> !first.apply(person).hasMonth())).isCloseTo(0.05, within(0.01));
    }

    @Test
    void aboutThreePerCentHaveASecondSlightlyDifferentDateOfBirth() {
        assertThat(shareOf(person -> person.datesOfBirth().size() == 2)).isCloseTo(0.03, within(0.007));
        assertThat(people).filteredOn(person -> person.datesOfBirth().size() == 2)
                .allMatch(person -> {
                    PartialDate second = person.datesOfBirth().get(1);
                    PartialDate first = person.datesOfBirth().get(0);
                    return !second.equals(first) && Math.abs(second.year() - first.year()) <= 1;
                });
    }

    @Test
    void agesRunFromTenToNinetyAndMostAreAdults() {
        LocalDate asOf = LocalDate.of(2025, 1, 1);
        assertThat(people).allMatch(person -> {
            int age = person.datesOfBirth().get(0).latest().until(asOf).getYears();
            return age >= 9 && age <= 90;
        });
        assertThat(shareOf(person -> person.datesOfBirth().get(0).year() <= 2006)).isGreaterThan(0.85);
    }

    @Test
    void postcodesAreValidUkPostcodesInTheTownsArea() {
        assertThat(people).allMatch(person -> UK_POSTCODE.matcher(person.address().postcode()).matches());
        assertThat(people).filteredOn(person -> person.address().town().equals("Birmingham"))
                .isNotEmpty()
                .allMatch(person -> person.address().postcode().matches("B[0-9].*"));
        assertThat(people).filteredOn(person -> person.address().town().equals("Bradford"))
                .isNotEmpty()
                .allMatch(person -> person.address().postcode().startsWith("BD"));
    }

    @Test
    void everyPersonHasASexANameAndAnAddress() {
        assertThat(people).allMatch(person -> person.sex().equals("M") || person.sex().equals("F"));
        assertThat(people).allMatch(person -> !person.name().forenames().isBlank()
                && !person.name().surname().isBlank()
                && !person.address().street().isBlank());
        assertThat(shareOf(person -> person.sex().equals("F"))).isCloseTo(0.5, within(0.02));
    }
}
