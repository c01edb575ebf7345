package org.peel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.match.People.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private final NameMatcher matcher = NameMatcher.standard();

    private NameLevel forenameLevel(String query, String candidate) {
        return matcher.compareWords(query, candidate, false).level();
    }

    private NameLevel surnameLevel(String query, String candidate) {
        return matcher.compareWords(query, candidate, true).level();
    }

    @Test
    void sameNameIsExact() {
        assertThat(surnameLevel("obrien", "obrien")).isEqualTo(NameLevel.EXACT);
    }

    @Test
    void nicknameIsAVariant() {
        PartComparison bob = matcher.compareWords("bob", "robert", false);
        assertThat(bob.level()).isEqualTo(NameLevel.VARIANT);
        assertThat(bob.variantKind()).isEqualTo(VariantKind.NICKNAME);
    }

    @Test
    void transliterationIsAVariant() {
        assertThat(forenameLevel("mohamed", "muhammad")).isEqualTo(NameLevel.VARIANT);
    }

    @Test
    void soundAlikeIsPhonetic() {
        assertThat(surnameLevel("peterson", "pederson")).isEqualTo(NameLevel.PHONETIC);
    }

    @Test
    void typoIsCloseSpelling() {
        assertThat(surnameLevel("robetrson", "robertson")).isEqualTo(NameLevel.CLOSE);
    }

    @Test
    void initialAgreeingIsInitial() {
        assertThat(forenameLevel("j", "john")).isEqualTo(NameLevel.INITIAL);
        assertThat(forenameLevel("k", "john")).isEqualTo(NameLevel.DIFFERENT);
    }

    @Test
    void unrelatedNamesAreDifferent() {
        assertThat(surnameLevel("smith", "jones")).isEqualTo(NameLevel.DIFFERENT);
    }

    @Test
    void anAbsentPartIsMissing() {
        assertThat(matcher.compareForenames(NameParts.EMPTY, new NameParts(List.of("john"), List.of())).level())
                .isEqualTo(NameLevel.MISSING);
    }

    @Test
    void aRareSurnameCountsForMoreThanACommonOne() {
        double smith = matcher.compareWords("smith", "smith", true).weight();
        double featherstonehaugh = matcher.compareWords("featherstonehaugh", "featherstonehaugh", true).weight();
        assertThat(featherstonehaugh).isGreaterThan(smith + 3);
    }

    @Test
    void oneLevelPerDateOfBirthComparison() {
        PartialDate born = PartialDate.of(1985, 3, 12);
        assertThat(NameMatcher.compareDates(born, PartialDate.of(1985, 3, 12))).isEqualTo(DateLevel.EXACT);
        assertThat(NameMatcher.compareDates(born, PartialDate.of(1985, 12, 3))).isEqualTo(DateLevel.DAY_AND_MONTH_SWAPPED);
        assertThat(NameMatcher.compareDates(born, PartialDate.of(1986, 3, 12))).isEqualTo(DateLevel.YEAR_OFF_BY_ONE);
        assertThat(NameMatcher.compareDates(born, PartialDate.of(1985, 3, 18))).isEqualTo(DateLevel.ONE_DIGIT_DIFFERENT);
        assertThat(NameMatcher.compareDates(born, PartialDate.of(1985, 3, 27))).isEqualTo(DateLevel.SAME_MONTH_AND_YEAR);
        assertThat(NameMatcher.compareDates(born, PartialDate.of(1985, 3))).isEqualTo(DateLevel.PARTIAL_SAME_MONTH_AND_YEAR);
        assertThat(NameMatcher.compareDates(born, PartialDate.ofYear(1985))).isEqualTo(DateLevel.PARTIAL_SAME_YEAR);
        assertThat(NameMatcher.compareDates(born, PartialDate.of(1985, 7, 29))).isEqualTo(DateLevel.SAME_YEAR);
        assertThat(NameMatcher.compareDates(born, PartialDate.of(1962, 7, 29))).isEqualTo(DateLevel.DIFFERENT);
    }

    @Test
    void aDateWithinTheSearchedRangeIsWithinRange() {
        DateComparison comparison = matcher.compareDates(null, List.of(PartialDate.of(1985, 3, 12)),
                LocalDate.of(1985, 1, 1), LocalDate.of(1985, 6, 30));
        assertThat(comparison.level()).isEqualTo(DateLevel.WITHIN_RANGE);
    }

    @Test
    void noDateOfBirthOnEitherSideIsMissing() {
        assertThat(matcher.compareDates(PartialDate.ofYear(1985), List.of(), null, null).level()).isEqualTo(DateLevel.MISSING);
    }

    @Test
    void confidenceIsAProbabilityAndExactBeatsVariantBeatsDifferent() {
        PersonEntry robert = person("1").named("Robert", "Featherstone").born(1985, 3, 12).build();
        double exact = matcher.score(NameQuery.of("Robert", "Featherstone", PartialDate.of(1985, 3, 12)), robert).confidence();
        double nickname = matcher.score(NameQuery.of("Bob", "Featherstone", PartialDate.of(1985, 3, 12)), robert).confidence();
        double other = matcher.score(NameQuery.of("Robert", "Featherstone", PartialDate.of(1950, 7, 1)), robert).confidence();
        assertThat(exact).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(nickname);
        assertThat(nickname).isGreaterThan(other);
        assertThat(other).isBetween(0.0, 1.0);
    }

    @Test
    void theBestNameOfTheCandidateIsReported() {
        PersonEntry person = person("1").named("John", "Smith").alias("Jack", "Khan").build();
        PersonMatch match = matcher.score(NameQuery.of("Jack", "Khan"), person);
        assertThat(match.matchedName()).isEqualTo(new CandidateName("Jack", "Khan", false));
    }
}
