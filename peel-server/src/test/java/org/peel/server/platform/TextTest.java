package org.peel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void tidyingStripsTheEndsAndWritesEachRunOfWhitespaceAsOneSpace() {
        assertThat(Text.tidy("  Anne \t  Marie\n O'Brien ")).isEqualTo("Anne Marie O'Brien");
    }

    @Test
    void tidyingTurnsNothingEmptyAndBlankIntoNull() {
        assertThat(Text.tidy(null)).isNull();
        assertThat(Text.tidy("")).isNull();
        assertThat(Text.tidy(" \t\n ")).isNull();
    }

    @Test
    void tidyingFreeTextKeepsItsLineBreaksAndTidiesEachLine() {
        assertThat(Text.tidyLines("\n  Entered by the   rear door.\r\n\r\nTook a   laptop.  \n"))
                .isEqualTo("Entered by the rear door.\n\nTook a laptop.");
        assertThat(Text.tidyLines("  \n ")).isNull();
    }

    @Test
    void blankMeansNullEmptyOrWhitespaceOnly() {
        assertThat(Text.blank(null)).isTrue();
        assertThat(Text.blank(" \t")).isTrue();
        assertThat(Text.blank(" x ")).isFalse();
    }

    @Test
    void textThatCanBeStoredHasNoProblem() {
        assertThat(Text.unstorable("Zoë O'Brien-Ng 😀\tline\r\nnext")).isEmpty();
        assertThat(Text.unstorable(null)).isEmpty();
        assertThat(Text.unstorable("x".repeat(Text.MAX_ANY_TEXT))).isEmpty();
    }

    @Test
    void nulControlCharactersHalfSurrogatesAndHugeTextCanNeverBeStored() {
        assertThat(Text.unstorable("Smi\u0000th")).get().asString().contains("control character");
        assertThat(Text.unstorable("bell\u0007")).get().asString().contains("control character");
        assertThat(Text.unstorable("Smi\uD800th")).get().asString().contains("surrogate");
        assertThat(Text.unstorable("end\uDC00")).get().asString().contains("surrogate");
        assertThat(Text.unstorable("x".repeat(Text.MAX_ANY_TEXT + 1))).get().asString().contains("characters long");
    }
}
