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
            if (!names.group(1).equals(SystemIdentity.ROLE)) {
                roles.add(Role.valueOf(names.group(1)));
            }
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
        assertThat(named(Role.AUDIT)).isEqualTo(Role.AUDITING);
    }

    @Test
    void eachRoleMayDoWhatItsRoleSetsAllowAndSeveralRolesAddUp() {
        // read, record, supervise, confirm (missing-person gradings), cancel (crimes), administer, audit
        assertThat(List.of(Permissions.ofAuthorities(List.of("ROLE_OFFICER")),
                Permissions.ofAuthorities(List.of("ROLE_SUPERVISOR")),
                Permissions.ofAuthorities(List.of("ROLE_CRIME_REGISTRAR")),
                Permissions.ofAuthorities(List.of("ROLE_ANALYST")),
                Permissions.ofAuthorities(List.of("ROLE_ADMIN")),
                Permissions.ofAuthorities(List.of("ROLE_ANALYST", "ROLE_SUPERVISOR")),
                Permissions.ofAuthorities(List.of("ROLE_AUDITOR")))).containsExactly(
                new Permissions(true, true, false, false, false, false, false),
                new Permissions(true, true, true, true, false, false, false),
                new Permissions(true, true, true, false, true, false, false),
                new Permissions(true, false, false, false, false, false, false),
                new Permissions(false, false, false, false, false, true, false),
                new Permissions(true, true, true, true, false, false, false),
                new Permissions(false, false, false, false, false, false, true));
    }

    @Test
    void nobodySignedInMayDoNothing() {
        assertThat(Permissions.of(null)).isEqualTo(Permissions.NONE);
        assertThat(Permissions.ofAuthorities(List.of())).isEqualTo(Permissions.NONE);
    }
}
