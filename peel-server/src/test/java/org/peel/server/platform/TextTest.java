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
}
