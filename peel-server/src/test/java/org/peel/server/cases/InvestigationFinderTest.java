package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.UserAccounts;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditLog;
import org.peel.server.search.ReferenceFinder;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;

/** An investigation's reference typed into the home search box, as Peel writes it or loosely, finds it. */
@PeelIntegrationTest
class InvestigationFinderTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    List<ReferenceFinder> finders;

    @Autowired
    AuditLog auditLog;

    JsonNode investigation;
    String reference;

    @BeforeEach
    void setUp() {
        CasesApi api = new CasesApi(port, accounts);
        Map<String, Object> body = CasesApi.investigation(TestUsers.OFFICER, TestUsers.SUPERVISOR);
        investigation = api.open(TestUsers.OFFICER, CasesApi.with(body, "occurrences",
                CasesApi.occurrence("ANTI_SOCIAL_BEHAVIOUR", null)));
        reference = investigation.path("reference").asString();
        signIn(TestUsers.OFFICER, "ROLE_OFFICER");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String username, String role) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, "n/a", role));
    }

    private ReferenceFinder finder() {
        return finders.stream().filter(InvestigationFinder.class::isInstance).findFirst().orElseThrow();
    }

    /** "INV-2026-000123" as an officer might type it: "inv 2026 123". */
    private String loosely(String written) {
        String[] parts = written.split("-");
        return "inv " + parts[1] + " " + Long.parseLong(parts[2]);
    }

    @Test
    void theReferenceAsPeelWritesItFindsTheInvestigation() {
        List<ReferenceFinder.FoundRecord> found = finder().find(reference, 10);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo("Investigation");
        assertThat(found.get(0).reference()).isEqualTo(reference);
        assertThat(found.get(0).href()).isEqualTo("/investigations/" + investigation.path("id").asLong());
        assertThat(found.get(0).description()).contains("Assault at 12 High Street", "Open");
    }

    @Test
    void aLooselyTypedReferenceFindsItToo() {
        String[] parts = reference.split("-");
        for (String typed : List.of(loosely(reference), reference.toLowerCase(), "INV" + parts[1] + parts[2],
                " inv/" + parts[1] + "/" + parts[2] + " ", "Inv-" + parts[1] + "-" + Long.parseLong(parts[2]))) {
            assertThat(finder().find(typed, 10)).as(typed).extracting(ReferenceFinder.FoundRecord::reference)
                    .containsExactly(reference);
        }
    }

    @Test
    void whatIsNotAnInvestigationReferenceFindsNothing() {
        for (String typed : List.of("invoice 2026", "john smith", "INC-2026-000001", "inv 26 123", "", "inv 2026",
                "INV-2026-1234567", "INV-1999-999999")) {
            assertThat(finder().find(typed, 10)).as(typed).isEmpty();
        }
        assertThat(finder().find(null, 10)).isEmpty();
    }

    @Test
    void whatIsFoundIsAuditedAsAConsultation() {
        finder().find(loosely(reference), 10);

        assertThat(auditLog.entriesFor(Investigations.RECORD_TYPE, investigation.path("id").asLong()))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.CONSULTATION);
                    assertThat(entry.username()).isEqualTo(TestUsers.OFFICER);
                    assertThat(entry.detail()).contains("found investigation " + reference);
                });
    }

    @Test
    void someoneWhoMayNotReadRecordsIsRefused() {
        signIn(TestUsers.ADMIN, "ROLE_ADMIN");

        assertThatThrownBy(() -> finder().find(reference, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theReferenceIsReadTheSameWayHoweverItIsTyped() {
        assertThat(InvestigationFinder.reference("inv 2026 123")).contains("INV-2026-000123");
        assertThat(InvestigationFinder.reference("INV-2026-000123")).contains("INV-2026-000123");
        assertThat(InvestigationFinder.reference("inv2026000123")).contains("INV-2026-000123");
        assertThat(InvestigationFinder.reference("inv.2026.0000123")).contains("INV-2026-000123");
        assertThat(InvestigationFinder.reference("inv 2026 1234567")).isEmpty();
        assertThat(InvestigationFinder.reference("inv2026123")).isEmpty();
    }
}
