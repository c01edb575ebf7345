package org.peel.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void threeRandomWordsMeetThePolicy() {
        assertThat(PasswordPolicy.problems("a.smith", "correct horse battery")).isEmpty();
    }

    @Test
    void aPasswordShorterThanTwelveCharactersIsRefused() {
        assertThat(PasswordPolicy.problems("a.smith", "short-pass1")).containsExactly(
                "must be at least 12 characters long");
    }

    @Test
    void theUsernameOneRepeatedCharacterAndCommonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(PasswordPolicy.problems("constable.jones", "Constable.Jones")).contains("must not be the username");
        assertThat(PasswordPolicy.problems("a.smith", "aaaaaaaaaaaaaaaa")).contains(
                "must not be one character repeated");
        assertThat(PasswordPolicy.problems("a.smith", "Password1234")).contains(
                "is a commonly used password; choose another");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedRatherThanCutShort() {
        assertThat(PasswordPolicy.problems("a.smith", "äbc".repeat(20))).containsExactly(
                "must be at most 72 bytes long");
    }
}
