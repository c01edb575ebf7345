package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.PeelProperties;
import org.peel.match.PartialDate;
import org.peel.match.Sex;
import org.peel.server.people.NameType;
import org.peel.server.people.Person;
import org.peel.server.people.PersonName;
import org.peel.server.platform.FieldError;
import org.peel.server.platform.InvalidInputException;

/**
 * Whether a missing person is a child (under 18 when last seen), as the report check works it out from the dates of
 * birth on record and what the officer said: no application, no database.
 */
class EpisodeChildTest {

    private static final Instant LAST_SEEN = Instant.parse("2026-11-27T14:30:00Z");

    private final EpisodeValidator validator = new EpisodeValidator(new MissingReferenceData(),
            new ForceCalendar(PeelProperties.DEFAULT_FORCE_ZONE, Clock.fixed(LAST_SEEN.plusSeconds(3600), ZoneOffset.UTC)));

    private static Person bornOn(PartialDate... datesOfBirth) {
        return new Person(7, 0, Sex.FEMALE, List.of(new PersonName(NameType.PRIMARY, "Alex", "Brown", "Alex Brown")),
                List.of(datesOfBirth), List.of(), List.of(), List.of(), List.of(), LAST_SEEN, "t.officer", LAST_SEEN,
                "t.officer");
    }

    private static MissingRequests.Report report(Boolean child) {
        return new MissingRequests.Report(7L, LAST_SEEN.toString(), "Outside the library", "B11 4AB", "Her sister",
                "Left home after an argument and did not come back.", null, null, null, null, child, false,
                "Mrs Carol Brown (mother)", "07700 900123", new MissingRequests.Assessment(null, "MEDIUM",
                List.of("OUT_OF_CHARACTER"), "Out of character and it is cold tonight."));
    }

    private ReportContent checked(Person person, Boolean child) {
        return validator.report(report(child), Optional.of(person));
    }

    private List<String> refusal(Person person, Boolean child) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> checked(person, child));
        assertThat(refused).as("the report is refused").isNotNull();
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void someoneSeventeenWhenLastSeenIsAChildByTheirDateOfBirth() {
        ReportContent content = checked(bornOn(PartialDate.of(2009, 6, 1)), null);

        assertThat(content.child()).isTrue();
        assertThat(content.childBasis()).isEqualTo("DATE_OF_BIRTH");
    }

    @Test
    void someoneWhoTurnedEighteenTheDayBeforeIsAnAdult() {
        ReportContent content = checked(bornOn(PartialDate.of(2008, 11, 26)), null);

        assertThat(content.child()).isFalse();
        assertThat(content.childBasis()).isEqualTo("DATE_OF_BIRTH");
    }

    @Test
    void someoneWhoTurnsEighteenOnTheDayTheyWereLastSeenIsAnAdult() {
        assertThat(checked(bornOn(PartialDate.of(2008, 11, 27)), null).child()).isFalse();
        assertThat(checked(bornOn(PartialDate.of(2008, 11, 28)), null).child()).isTrue();
    }

    @Test
    void aStatedAnswerThatContradictsTheDateOfBirthIsRefused() {
        assertThat(refusal(bornOn(PartialDate.of(2012, 3, 4)), false)).containsExactly("child");
        assertThat(refusal(bornOn(PartialDate.of(1985, 3, 12)), true)).containsExactly("child");
    }

    @Test
    void aStatedAnswerThatAgreesWithTheDateOfBirthIsAccepted() {
        assertThat(checked(bornOn(PartialDate.of(2012, 3, 4)), true).child()).isTrue();
    }

    @Test
    void whenTheRecordCannotTellTheOfficerMustSay() {
        Person yearOnlyStraddlingTheBirthday = bornOn(PartialDate.ofYear(2008));

        assertThat(refusal(yearOnlyStraddlingTheBirthday, null)).containsExactly("child");
        assertThat(refusal(bornOn(), null)).containsExactly("child");

        ReportContent stated = checked(yearOnlyStraddlingTheBirthday, true);
        assertThat(stated.child()).isTrue();
        assertThat(stated.childBasis()).isEqualTo("STATED");
    }

    @Test
    void datesOfBirthThatDisagreeLeaveItToTheOfficer() {
        Person twoDates = bornOn(PartialDate.of(2010, 1, 1), PartialDate.of(1990, 1, 1));

        assertThat(refusal(twoDates, null)).containsExactly("child");
        assertThat(checked(twoDates, false).childBasis()).isEqualTo("STATED");
    }
}
