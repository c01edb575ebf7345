package org.peel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WrittenDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
            "14/02/1991, 1991-02-14",
            "14/2/91, 1991-02-14",
            "14.2.1991, 1991-02-14",
            "14-02-1991, 1991-02-14",
            "1991-02-14, 1991-02-14",
            "1991-02, 1991-02",
            "1991, 1991",
            "02/1991, 1991-02",
            "5 july 1994, 1994-07-05",
            "5th Jul 1994, 1994-07-05",
            "5 July 94, 1994-07-05",
            "july 1994, 1994-07",
            "3/4/26, 2026-04-03",
            "3/4/27, 1927-04-03",
            "2/14/1991, 1991-02-14"})
    void everyWayOfficersWriteADateIsRead(String written, String expected) {
        assertThat(WrittenDate.read(written, TODAY)).isEqualTo(PartialDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "31/02/1991 | February 1991 has 28 days",
            "14/13/1991 | there is no month 13",
            "yesterday | is not a date: write it as 14/02/1991",
            "14/02 | is not a date",
            "1991-02-14T10:00 | is not a date",
            "12345 | is not a date"})
    void whatIsNotADateIsRefusedSayingHowToWriteIt(String written, String message) {
        assertThatThrownBy(() -> WrittenDate.read(written, TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aDateIsFoundInsideASearchAndSaysWhereItWas() {
        WrittenDate.Found found = WrittenDate.find("john smith 14/2/91 leeds", TODAY).orElseThrow();
        assertThat(found.date()).isEqualTo(PartialDate.of(1991, 2, 14));
        assertThat(found.start()).isEqualTo(11);
        assertThat(found.end()).isEqualTo(18);
    }

    @Test
    void aMonthNameThatIsAlsoANameIsNotTakenForADateWithoutADay() {
        WrittenDate.Found found = WrittenDate.find("Theresa May 1956", TODAY).orElseThrow();
        assertThat(found.date()).isEqualTo(PartialDate.ofYear(1956));
        assertThat(found.start()).isEqualTo(12);
    }

    @Test
    void aDateHalfTypedIsRecognisedAsUnfinished() {
        assertThat(WrittenDate.endsUnfinished("smith 14/")).isTrue();
        assertThat(WrittenDate.endsUnfinished("smith 14/0")).isTrue();
        assertThat(WrittenDate.endsUnfinished("smith 14/02/199")).isTrue();
        assertThat(WrittenDate.endsUnfinished("smith 14/02/1991")).isFalse();
        assertThat(WrittenDate.endsUnfinished("smith 14/02/91")).isFalse();
        assertThat(WrittenDate.endsUnfinished("smith")).isFalse();
    }
}
