package org.peel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NameQueryTest {

    @Test
    void surnameComesFirstBeforeAComma() {
        NameQuery query = NameQuery.parse("SMITH, John");
        assertThat(query.surname()).isEqualTo("SMITH");
        assertThat(query.forenames()).isEqualTo("John");
        assertThat(query.dateOfBirth()).isNull();
    }

    @Test
    void withoutACommaTheLastWordIsTheSurname() {
        NameQuery query = NameQuery.parse("John Paul Smith");
        assertThat(query.forenames()).isEqualTo("John Paul");
        assertThat(query.surname()).isEqualTo("Smith");
    }

    @Test
    void aUkDateWithATwoDigitYearIsReadDayFirstAndInThePast() {
        NameQuery query = NameQuery.parse("john smith 12/3/85");
        assertThat(query.surname()).isEqualTo("smith");
        assertThat(query.dateOfBirth()).isEqualTo(PartialDate.of(1985, 3, 12));
    }

    @Test
    void aTwoDigitYearNotInTheFutureIsThisCentury() {
        assertThat(NameQuery.parse("jo smith 1.2.05").dateOfBirth()).isEqualTo(PartialDate.of(2005, 2, 1));
    }

    @Test
    void aYearAloneIsAPartialDateOfBirth() {
        NameQuery query = NameQuery.parse("Mohammed Khan 1990");
        assertThat(query.forenames()).isEqualTo("Mohammed");
        assertThat(query.surname()).isEqualTo("Khan");
        assertThat(query.dateOfBirth()).isEqualTo(PartialDate.ofYear(1990));
    }

    @Test
    void isoDatesAndMonthYearAreRead() {
        assertThat(NameQuery.parse("Ann Lee 1985-03-12").dateOfBirth()).isEqualTo(PartialDate.of(1985, 3, 12));
        assertThat(NameQuery.parse("Ann Lee 3/1985").dateOfBirth()).isEqualTo(PartialDate.of(1985, 3));
    }

    @Test
    void trailingInitialsAreForenames() {
        NameQuery query = NameQuery.parse("smith j");
        assertThat(query.surname()).isEqualTo("smith");
        assertThat(query.forenames()).isEqualTo("j");
    }

    @Test
    void theWordInCapitalsIsTheSurname() {
        NameQuery query = NameQuery.parse("KHAN Imran");
        assertThat(query.surname()).isEqualTo("KHAN");
        assertThat(query.forenames()).isEqualTo("Imran");
    }

    @Test
    void aParticleStaysWithTheSurname() {
        NameQuery query = NameQuery.parse("Osama bin Laden");
        assertThat(query.forenames()).isEqualTo("Osama");
        assertThat(query.surname()).isEqualTo("bin Laden");
    }

    @Test
    void titlesAreNotTakenForNames() {
        NameQuery query = NameQuery.parse("Mr John Smith Jr");
        assertThat(query.forenames()).isEqualTo("John");
        assertThat(query.surname()).isEqualTo("Smith");
    }

    @Test
    void aDateWrittenMonthFirstIsReadTheOnlyWayItCanBe() {
        assertThat(NameQuery.parse("ann lee 3/25/1985").dateOfBirth()).isEqualTo(PartialDate.of(1985, 3, 25));
    }

    @Test
    void anImpossibleDateIsRejectedNamingTheProblem() {
        assertThatThrownBy(() -> NameQuery.parse("john smith 31/2/1985"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("31/2/1985");
    }

    @Test
    void unreadableDigitsAreRejected() {
        assertThatThrownBy(() -> NameQuery.parse("john smith 12345"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12345");
    }

    @Test
    void textWithoutANameIsRejected() {
        assertThatThrownBy(() -> NameQuery.parse("12/3/1985")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no name");
        assertThatThrownBy(() -> NameQuery.parse("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQueryNeedsAForenameOrASurname() {
        assertThatThrownBy(() -> new NameQuery(" ", null, PartialDate.ofYear(1990), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forename or a surname");
    }

    @Test
    void rangeAndSexAreAddedWithoutChangingTheName() {
        NameQuery query = NameQuery.parse("John Smith")
                .withDateOfBirthRange(LocalDate.of(1980, 1, 1), LocalDate.of(1985, 12, 31)).withSex(Sex.MALE);
        assertThat(query.surname()).isEqualTo("Smith");
        assertThat(query.bornFrom()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(query.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> NameQuery.of("John", "Smith").withDateOfBirthRange(LocalDate.of(1990, 1, 1), LocalDate.of(1980, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after it ends");
    }

    @Test
    void sexCodesAreReadInEitherCase() {
        assertThat(Sex.fromCode("m")).isEqualTo(Sex.MALE);
        assertThat(Sex.fromCode("F")).isEqualTo(Sex.FEMALE);
        assertThat(Sex.UNKNOWN.code()).isEqualTo("U");
        assertThatThrownBy(() -> Sex.fromCode("X")).isInstanceOf(IllegalArgumentException.class);
    }
}
