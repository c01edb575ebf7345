package org.peel.server.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** UK postcodes on their own: every form of outward code, written the standard way, and what is not a postcode. */
class UkPostcodeTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
            "B11 4AB, B11 4AB",
            "b114ab, B11 4AB",
            "'  b11   4ab ', B11 4AB",
            "M1 1AE, M1 1AE",
            "CR2 6XH, CR2 6XH",
            "DN55 1PT, DN55 1PT",
            "W1A 1HQ, W1A 1HQ",
            "EC1A 1BB, EC1A 1BB",
            "sw1a1aa, SW1A 1AA",
            "gir0aa, GIR 0AA",
            "'GIR 0AA', GIR 0AA"})
    void aPostcodeIsWrittenInCapitalsWithOneSpaceBeforeTheInwardCode(String typed, String standard) {
        assertThat(UkPostcode.normalise(typed)).contains(standard);
    }

    @ParameterizedTest(name = "{0} is not a postcode")
    @ValueSource(strings = {
            "",
            "   ",
            "NOT A POSTCODE",
            "B11",
            "4AB",
            "B11 4A",
            "B11 4ABC",
            "Q1 1AA",
            "B11 4CB",
            "B11 4AI",
            "B11 4AK",
            "B11 4MA",
            "B11 4OA",
            "B11 4AV",
            "BB111 1AA",
            "B11-4AB"})
    void whatIsNotAUkPostcodeIsRefused(String typed) {
        assertThat(UkPostcode.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    void nothingIsNotAPostcode(String typed) {
        assertThat(UkPostcode.normalise(typed)).isEmpty();
    }
}
