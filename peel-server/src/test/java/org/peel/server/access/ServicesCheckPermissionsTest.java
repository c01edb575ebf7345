package org.peel.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.peel.server.crime.CrimeRequests;
import org.peel.server.crime.Crimes;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.people.PersonDetails;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The module services check permissions themselves, whichever way a call reaches them. */
@PeelIntegrationTest
class ServicesCheckPermissionsTest {

    @Autowired
    People people;

    @Autowired
    Crimes crimes;

    private static PersonDetails someone() {
        String surname = "Permission" + System.nanoTime() % 100_000;
        return new PersonDetails(null, "FEMALE", List.of(new PersonDetails.Name(null, "Ada", surname, null)),
                List.of("1990-05-01"), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> T as(String role, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "test-" + role.toLowerCase(), null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aCallWithNoIdentityIsRefused() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> people.create(someone())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anAnalystMayReadButNotRecord() {
        assertThatThrownBy(() -> as("ANALYST", () -> people.create(someone())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("ANALYST", () -> people.list(0, 1)).items()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void theSystemIdentityRecordsButDoesNotDoTheRegistrarsWork() {
        Person recorded = SystemIdentity.call("system", () -> people.create(someone()));

        assertThat(recorded.createdBy()).isEqualTo("system");
        assertThatThrownBy(() -> SystemIdentity.call("system", () -> crimes.cancel(recorded.id(),
                new CrimeRequests.Cancellation(0L, "C1", "Not a crime."))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
