package org.peel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.match.People.person;

import org.junit.jupiter.api.Test;

class ExplanationTest {

    private final NameMatcher matcher = NameMatcher.standard();

    @Test
    void transliterationPhoneticAndSwappedDateAreExplained() {
        PersonMatch match = matcher.score(NameQuery.of("Mohamed", "Kahn", PartialDate.of(1990, 4, 7)),
                person("1").named("Muhammad", "Khan").born(1990, 7, 4).build());
        assertThat(match.reasons()).containsExactly("surname sounds like KHAN", "forename is a spelling of MUHAMMAD",
                "born the same day, month and day swapped (1990-07-04)");
    }

    @Test
    void aNicknameIsExplained() {
        PersonMatch match = matcher.score(NameQuery.of("Bob", "Smith"), person("1").named("Robert", "Smith").build());
        assertThat(match.reasons()).containsExactly("surname is SMITH", "forename is a nickname or short form of ROBERT");
    }

    @Test
    void swappedNamesAreExplained() {
        PersonMatch match = matcher.score(NameQuery.of("Khan", "Imran"), person("1").named("Imran", "Khan").build());
        assertThat(match.reasons()).contains("forenames and surname swapped");
    }

    @Test
    void anAliasIsNamed() {
        PersonMatch match = matcher.score(NameQuery.of("John", "Smith"),
                person("1").named("Jack", "Brown").alias("John", "Smith").build());
        assertThat(match.reasons()).contains("matched alias SMITH, John");
    }

    @Test
    void onePartOfADoubleBarrelledSurnameIsExplained() {
        PersonMatch match = matcher.score(NameQuery.of("Anne", "Jones"), person("1").named("Anne", "Smith-Jones").build());
        assertThat(match.reasons()).contains("surname is JONES, part of SMITH-JONES");
    }

    @Test
    void aDifferentDateOfBirthIsShown() {
        PersonMatch match = matcher.score(NameQuery.of("Anne", "Jones", PartialDate.of(1970, 1, 1)),
                person("1").named("Anne", "Jones").born(1990, 6, 15).build());
        assertThat(match.reasons()).contains("date of birth differs (1990-06-15)");
    }
}
