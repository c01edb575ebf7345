package org.peel.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PermissionsTest {

    private static final Pattern ROLE_NAME = Pattern.compile("'([A-Z_]+)'");

    /** The roles an expression such as {@code hasAnyRole('OFFICER','ANALYST')} names. */
    private static Set<Role> named(String expression) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Matcher names = ROLE_NAME.matcher(expression);
        while (names.find()) {
            roles.add(Role.valueOf(names.group(1)));
        }
        return roles;
    }

    @Test
    void eachPreAuthorizeExpressionNamesTheRolesOfItsRoleSet() {
        assertThat(named(Role.READ_RECORDS)).isEqualTo(Role.READERS);
        assertThat(named(Role.WRITE_RECORDS)).isEqualTo(Role.WRITERS);
        assertThat(named(Role.SUPERVISE)).isEqualTo(Role.SUPERVISING);
        assertThat(named(Role.SUPERVISORS)).isEqualTo(Role.CONFIRMING);
        assertThat(named(Role.REGISTRAR)).isEqualTo(Role.CANCELLING);
        assertThat(named(Role.ADMINISTER)).isEqualTo(Role.ADMINISTERING);
    }

    @Test
    void anOfficerMayReadAndRecordButNotSuperviseConfirmOrCancel() {
        assertThat(Permissions.ofAuthorities(List.of("ROLE_OFFICER")))
                .isEqualTo(new Permissions(true, true, false, false, false, false));
    }

    @Test
    void theRegistrarSupervisesAndCancelsCrimesButDoesNotConfirmMissingPersonGradings() {
        assertThat(Permissions.ofAuthorities(List.of("ROLE_CRIME_REGISTRAR")))
                .isEqualTo(new Permissions(true, true, true, false, true, false));
    }

    @Test
    void aSupervisorConfirmsGradingsAndAnAnalystOnlyReads() {
        assertThat(Permissions.ofAuthorities(List.of("ROLE_SUPERVISOR")))
                .isEqualTo(new Permissions(true, true, true, true, false, false));
        assertThat(Permissions.ofAuthorities(List.of("ROLE_ANALYST")))
                .isEqualTo(new Permissions(true, false, false, false, false, false));
    }

    @Test
    void anAdministratorMayNotReadRecordsAndSeveralRolesAddUp() {
        assertThat(Permissions.ofAuthorities(List.of("ROLE_ADMIN")))
                .isEqualTo(new Permissions(false, false, false, false, false, true));
        assertThat(Permissions.ofAuthorities(List.of("ROLE_ANALYST", "ROLE_SUPERVISOR")).confirm()).isTrue();
        assertThat(Permissions.of(null)).isEqualTo(Permissions.NONE);
    }
}
