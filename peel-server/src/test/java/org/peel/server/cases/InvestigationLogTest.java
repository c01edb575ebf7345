package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.UserAccounts;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The log only grows: entries keep their author and time, and a correction is a new entry naming the old one. */
@PeelIntegrationTest
class InvestigationLogTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    CasesApi api;
    long id;

    @BeforeEach
    void setUp() {
        api = new CasesApi(port, accounts);
        id = api.open(TestUsers.OFFICER, CasesApi.with(CasesApi.investigation(TestUsers.OFFICER, TestUsers.SUPERVISOR),
                "occurrences", CasesApi.occurrence("ANTI_SOCIAL_BEHAVIOUR", null))).path("id").asLong();
    }

    private Api.Response write(Api as, String kind, String text, String rationale, Long corrects) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", kind);
        entry.put("text", text);
        if (rationale != null) {
            entry.put("rationale", rationale);
        }
        if (corrects != null) {
            entry.put("correctsEntryId", corrects);
        }
        return as.post("/api/investigations/" + id + "/log", entry);
    }

    @Test
    void eachKindOfEntryIsKeptWithItsAuthorAndTimeInOrder() {
        assertThat(write(api.officer(), "NOTE", "Spoke to the neighbours at 14 and 16.", null, null).status())
                .isEqualTo(201);
        assertThat(write(api.officer(), "VICTIM_CONTACT", "Phoned the victim; agreed weekly updates.", null, null)
                .status()).isEqualTo(201);
        assertThat(write(api.officer(), "EVIDENCE", "CCTV from the shop seized, exhibit AB/1.", null, null).status())
                .isEqualTo(201);
        Api.Response decision = write(api.supervisor(), "DECISION", "No dispersal order for now.",
                "Two incidents in a month does not meet the threshold; review if it continues.", null);

        assertThat(decision.status()).as(decision.toString()).isEqualTo(201);
        JsonNode log = decision.json().path("log");
        assertThat(log.findValuesAsString("kind")).containsExactly("NOTE", "VICTIM_CONTACT", "EVIDENCE", "DECISION");
        assertThat(log.findValuesAsString("writtenBy")).containsExactly(TestUsers.OFFICER, TestUsers.OFFICER,
                TestUsers.OFFICER, TestUsers.SUPERVISOR);
        assertThat(log.get(3).path("rationale").asString()).startsWith("Two incidents");
        assertThat(log.get(0).path("writtenAt").isMissingNode()).isFalse();
    }

    @Test
    void aCorrectionIsANewEntryAndTheCorrectedEntryStaysAsItWas() {
        JsonNode first = write(api.officer(), "NOTE", "Suspect's car is a red Ford Focus.", null, null).json();
        long wrongId = first.path("log").get(0).path("id").asLong();

        Api.Response corrected = write(api.officer(), "NOTE", "Correction: the car is a red Ford Fiesta.", null,
                wrongId);

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        JsonNode log = corrected.json().path("log");
        assertThat(log).hasSize(2);
        assertThat(log.get(0).path("text").asString()).isEqualTo("Suspect's car is a red Ford Focus.");
        assertThat(log.get(0).path("correctedByEntryId").asLong()).isEqualTo(log.get(1).path("id").asLong());
        assertThat(log.get(1).path("correctsEntryId").asLong()).isEqualTo(wrongId);
    }

    @Test
    void thereIsNoWayToChangeOrRemoveAnEntry() {
        JsonNode written = write(api.officer(), "NOTE", "Original words.", null, null).json();
        long entryId = written.path("log").get(0).path("id").asLong();

        Api.Response changed = api.supervisor().put("/api/investigations/" + id + "/log/" + entryId,
                Map.of("kind", "NOTE", "text", "Other words."));
        Api.Response changedList = api.supervisor().put("/api/investigations/" + id + "/log",
                Map.of("kind", "NOTE", "text", "Other words."));

        assertThat(changed.status()).isBetween(400, 499);
        assertThat(changedList.status()).isBetween(400, 499);
        assertThat(api.view(id).path("log").get(0).path("text").asString()).isEqualTo("Original words.");
    }

    @Test
    void aDecisionWithoutARationaleIsRefused() {
        Api.Response refused = write(api.officer(), "DECISION", "Take no further action.", null, null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("rationale");
        assertThat(api.view(id).path("log")).isEmpty();
    }

    @Test
    void aCorrectionMustNameAnEntryOfThisInvestigation() {
        Api.Response refused = write(api.officer(), "NOTE", "Correction.", null, 999_999_999L);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("correctsEntryId");
    }

    @Test
    void officersCannotWriteTheEntriesPeelWrites() {
        Api.Response refused = write(api.officer(), "STATUS_CHANGE", "Closed.", "Because I say so, honestly.", null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).isEqualTo(List.of("kind"));
    }
}
