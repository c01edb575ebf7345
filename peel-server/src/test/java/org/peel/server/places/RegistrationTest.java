package org.peel.server.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How registrations are written, folded for misreads and turned into search patterns. */
class RegistrationTest {

    @Test
    void aCurrentStylePlateGetsOneSpaceBeforeTheLastThree() {
        assertThat(Registration.of(" ab12cde ").orElseThrow().written()).isEqualTo("AB12 CDE");
        assertThat(Registration.of("AB 12 CDE").orElseThrow().key()).isEqualTo("AB12CDE");
    }

    @Test
    void anOlderStylePlateKeepsTheOfficersSpacing() {
        assertThat(Registration.of("a123  bcd").orElseThrow().written()).isEqualTo("A123 BCD");
    }

    @Test
    void misreadCharactersFoldTogether() {
        assertThat(Registration.of("OI58 BSO").orElseThrow().misreadKey()).isEqualTo("0158850");
        assertThat(Registration.of("01S8 850").orElseThrow().misreadKey()).isEqualTo("0158850");
    }

    @Test
    void unknownCharactersBecomeLikeWildcards() {
        assertThat(Registration.searchPattern("AB12 ?CD")).contains("A812_CD");
        assertThat(Registration.searchPattern("ab**")).contains("A8%");
        assertThat(Registration.searchPattern("AB12%")).isEmpty();
        assertThat(Registration.searchPattern("??")).isEmpty();
    }

    @Test
    void textThatIsNoPlateIsRefused() {
        assertThat(Registration.of("ABCDEFG")).isEmpty();
        assertThat(Registration.of("1234567")).isEmpty();
        assertThat(Registration.of("AB12-CDE")).isEmpty();
        assertThat(Registration.of("AB12CDEFG")).isEmpty();
    }
}
