package org.peel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class JustificationPolicyTest {

    @Test
    void anOperationAloneAsksForAReasonForEveryRecordType() {
        JustificationPolicy policy = JustificationPolicy.of(List.of("DISCLOSURE"));

        assertThat(policy.requires("DISCLOSURE", "person")).isTrue();
        assertThat(policy.requires("DISCLOSURE", null)).isTrue();
        assertThat(policy.requires("CONSULTATION", "person")).isFalse();
    }

    @Test
    void anOperationNarrowedToARecordTypeAsksOnlyForThatType() {
        JustificationPolicy policy = JustificationPolicy.of(List.of(" CONSULTATION:person ", "ERASURE"));

        assertThat(policy.requires("CONSULTATION", "person")).isTrue();
        assertThat(policy.requires("CONSULTATION", "crime")).isFalse();
        assertThat(policy.requires("CONSULTATION")).isTrue();
        assertThat(policy.requires("ERASURE", "crime")).isTrue();
    }

    @Test
    void noneOrAnEmptySettingAsksForNothing() {
        assertThat(JustificationPolicy.of(List.of("none")).entries()).isEmpty();
        assertThat(JustificationPolicy.of(List.of("")).requires("DISCLOSURE", "person")).isFalse();
    }

    @Test
    void anEntryThatIsNotASection62OperationStopsStartUpNamingIt() {
        assertThatThrownBy(() -> JustificationPolicy.of(List.of("DISCLOSURE", "VIEWING:person")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'VIEWING:person'")
                .hasMessageContaining("CONSULTATION");
        assertThatThrownBy(() -> JustificationPolicy.of(List.of("disclosure")))
                .hasMessageContaining("'disclosure'");
    }

    @Test
    void theCheckRefusesOnlyWhenNoReasonWasGiven() {
        JustificationPolicy policy = JustificationPolicy.of(List.of("DISCLOSURE"));

        assertThatThrownBy(() -> policy.check("DISCLOSURE", "person", null))
                .isInstanceOf(JustificationRequiredException.class)
                .hasMessageContaining("Peel-Justification").hasMessageContaining("Nothing was done");
        assertThatThrownBy(() -> policy.check("DISCLOSURE", "person", "  "))
                .isInstanceOf(JustificationRequiredException.class);
        policy.check("DISCLOSURE", "person", "Case file for the CPS");
        policy.check("CONSULTATION", "person", null);
    }
}
