package org.peel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private enum Grade { LOW, MEDIUM, VERY_HIGH }

    private final FieldErrors errors = new FieldErrors();

    @Test
    void aMissingBodyIsRefusedAtOnceSayingWhatToSend() {
        assertThatThrownBy(() -> errors.requireBody(null, "send the incident as JSON"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .containsExactly(new FieldError("body", "is missing: send the incident as JSON")));
    }

    @Test
    void aBodyThatIsThereIsHandedBack() {
        assertThat(errors.requireBody("details", "send them")).isEqualTo("details");
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aVersionIsRequiredAndCannotBeNegative() {
        assertThat(errors.requireVersion(3L)).isTrue();
        assertThat(errors.requireVersion(null)).isFalse();
        assertThat(errors.requireVersion(-1L)).isFalse();
        assertThat(errors.list()).containsExactly(
                new FieldError("version", "is required: send the version of the record you read"),
                new FieldError("version", "must be 0 or more"));
    }

    @Test
    void oneOfReadsAnyCaseAndSpacesForUnderscores() {
        assertThat(errors.oneOf("grade", " very high ", Grade.class, true)).isEqualTo(Grade.VERY_HIGH);
        assertThat(errors.oneOf("grade", "medium", Grade.class, true)).isEqualTo(Grade.MEDIUM);
        assertThat(errors.oneOf("grade", "very-high", Grade.class, true)).isEqualTo(Grade.VERY_HIGH);
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void oneOfNamesTheChoicesWhenTheValueIsUnknownOrMissing() {
        assertThat(errors.oneOf("grade", "severe", Grade.class, true)).isNull();
        assertThat(errors.oneOf("grade", " ", Grade.class, true)).isNull();
        assertThat(errors.oneOf("other", null, Grade.class, false)).isNull();
        assertThat(errors.list()).containsExactly(
                new FieldError("grade", "'severe' is not one of the choices: choose one of low, medium, very high"),
                new FieldError("grade", "is required: choose one of low, medium, very high"));
    }

    @Test
    void oneOfASubsetRefusesTheConstantsLeftOut() {
        assertThat(errors.oneOf("grade", "LOW", List.of(Grade.MEDIUM, Grade.VERY_HIGH), true)).isNull();
        assertThat(errors.list()).containsExactly(
                new FieldError("grade", "'LOW' is not one of the choices: choose one of medium, very high"));
    }

    @Test
    void aPostcodeIsWrittenTheStandardWayAndMayBeAbsent() {
        assertThat(errors.postcode("postcode", " b11  4ab")).isEqualTo("B11 4AB");
        assertThat(errors.postcode("postcode", "sw1a1aa")).isEqualTo("SW1A 1AA");
        assertThat(errors.postcode("postcode", "")).isNull();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void somethingThatIsNotAPostcodeIsNamed() {
        assertThat(errors.postcode("location.postcode", "NOT A POSTCODE")).isNull();
        assertThat(errors.list()).containsExactly(new FieldError("location.postcode",
                "'NOT A POSTCODE' is not a UK postcode (for example B11 4AB or SW1A 1AA)"));
    }

    @Test
    void aMomentWithAnOffsetMeansThatInstant() {
        assertThat(errors.moment("at", "2026-07-01T14:30:00+01:00", LONDON, true, null))
                .isEqualTo(Instant.parse("2026-07-01T13:30:00Z"));
        assertThat(errors.moment("at", "2026-07-01T13:30Z", LONDON, true, null))
                .isEqualTo(Instant.parse("2026-07-01T13:30:00Z"));
    }

    @Test
    void aMomentWithoutAnOffsetIsReadInTheForcesZone() {
        assertThat(errors.moment("at", "2026-07-01T14:30", LONDON, true, null))
                .isEqualTo(Instant.parse("2026-07-01T13:30:00Z"));
        assertThat(errors.moment("at", "2026-01-15T14:30:00", LONDON, true, null))
                .isEqualTo(Instant.parse("2026-01-15T14:30:00Z"));
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aMomentAfterTheLatestAllowedIsInTheFuture() {
        Instant now = Instant.parse("2026-07-01T12:00:00Z");
        assertThat(errors.moment("at", "2026-07-01T12:00:00Z", LONDON, true, now)).isEqualTo(now);
        assertThat(errors.moment("at", "2026-07-01T12:00:01Z", LONDON, true, now)).isNull();
        assertThat(errors.list()).containsExactly(new FieldError("at", "is in the future"));
    }

    @Test
    void anUnreadableOrMissingMomentIsNamed() {
        assertThat(errors.moment("lastSeenAt", "yesterday teatime", LONDON, true, null)).isNull();
        assertThat(errors.moment("obtainedAt", null, LONDON, true, null)).isNull();
        assertThat(errors.moment("optional", "", LONDON, false, null)).isNull();
        assertThat(errors.list()).extracting(FieldError::field).containsExactly("lastSeenAt", "obtainedAt");
        assertThat(errors.list().get(0).message()).startsWith("'yesterday teatime' is not a date and time");
        assertThat(errors.list().get(1).message()).startsWith("is required: a date and time");
    }

    @Test
    void aRationaleMustBeLongEnoughOnceTidiedAndNotTooLong() {
        assertThat(errors.rationale("rationale", "  No further   lines of enquiry. ", 10, 4000))
                .isEqualTo("No further lines of enquiry.");
        assertThat(errors.rationale("rationale", "  too    short  ", 10, 4000)).as("counted once tidied").isNull();
        assertThat(errors.rationale("rationale", null, 10, 4000)).isNull();
        assertThat(errors.rationale("rationale", "x".repeat(41), 10, 40)).isNull();
        assertThat(errors.list()).extracting(FieldError::message).containsExactly(
                "must explain the reasons so that they can be reviewed and audited (at least 10 characters)",
                "is required",
                "is 41 characters long; at most 40 are allowed");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} is the date {1}")
    @org.junit.jupiter.params.provider.CsvSource({"14/02/1991, 1991-02-14", "14/2/91, 1991-02-14",
            "1991-02-14, 1991-02-14", "14.02.1991, 1991-02-14", "5 july 1994, 1994-07-05", "5th Jul 1994, 1994-07-05"})
    void aDateFieldTakesEveryWayOfficersWriteADate(String written, String expected) {
        assertThat(errors.date("from", written, true)).isEqualTo(java.time.LocalDate.parse(expected));
        assertThat(errors.isEmpty()).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} is refused: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "31/02/1991 | '31/02/1991' is not a real date: February 1991 has 28 days",
            "14/13/1991 | '14/13/1991' is not a real date: there is no month 13. Write the day first",
            "next tuesday | 'next tuesday' is not a date: write it as 14/02/1991, 14/2/91 or 1991-02-14",
            "1991 | '1991' is not a whole date: give the day and month too, such as 14/02/1991",
            "02/1991 | '02/1991' is not a whole date"})
    void aDateFieldRefusesWhatIsNotAWholeDateSayingHowToWriteIt(String written, String message) {
        assertThat(errors.date("from", written, false)).isNull();
        assertThat(errors.list()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("from");
            assertThat(error.message()).startsWith(message);
        });
    }

    @Test
    void aPartialDateFieldTakesAYearOrAMonthAndYear() {
        assertThat(errors.partialDate("dob", "1991", true)).hasToString("1991");
        assertThat(errors.partialDate("dob", "2/1991", true)).hasToString("1991-02");
        assertThat(errors.partialDate("dob", "july 1994", true)).hasToString("1994-07");
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aRequiredDateThatIsMissingSaysHowToWriteOne() {
        assertThat(errors.date("from", " ", true)).isNull();
        assertThat(errors.list().get(0).message()).isEqualTo("is required: write a date such as 14/02/1991, "
                + "14/2/91 or 1991-02-14");
    }

    @Test
    void aDateOutsideThePlausibleYearsIsRefused() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.date("from", "-999999999-01-01", false)).isNull();
        assertThat(errors.date("to", "+999999999-12-31", false)).isNull();
        assertThat(errors.date("until", "14/02/1066", false)).isNull();
        assertThat(errors.moment("at", "-999999999-01-01T00:00:00Z", java.time.ZoneOffset.UTC, true, null)).isNull();
        assertThat(errors.date("on", "1985-03-12", false)).isEqualTo(java.time.LocalDate.of(1985, 3, 12));
        assertThat(errors.list()).extracting(FieldError::field).containsExactly("from", "to", "until", "at");
    }

    @Test
    void aPageIsRefusedWhenItStartsFurtherInThanAnyListIsRead() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.paging(Integer.MAX_VALUE, 50, 200)).isFalse();
        assertThat(errors.paging(-1, 50, 200)).isFalse();
        assertThat(errors.paging(0, 0, 200)).isFalse();
        assertThat(errors.paging(3, 50, 200)).isTrue();
        assertThat(errors.list()).extracting(FieldError::field).containsExactly("page", "page", "size");
    }
}
