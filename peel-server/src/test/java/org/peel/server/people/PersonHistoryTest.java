package org.peel.server.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditEntry;
import org.peel.server.audit.AuditLog;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.Records;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** A changed person's earlier versions can be read back, and each alteration's entry says what it was before. */
@PeelIntegrationTest
class PersonHistoryTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Test
    void everyEarlierVersionOfAChangedPersonCanBeReadBackWithItsNamesAndAddresses() {
        Api officer = Api.as(port, Role.OFFICER);
        String surname = Records.uniqueSurname("Versioned");
        long id = officer.post("/api/people", person("Nia", surname).with("addresses", List.of(Map.of(
                "lines", "1 Old Road", "postcode", "B11 4AB"))).build()).json().path("id").asLong();
        officer.put("/api/people/" + id, person("Nia", surname + "-Jones").with("version", 0)
                .with("addresses", List.of(Map.of("lines", "2 New Street", "postcode", "CF10 1AA"))).build());
        officer.put("/api/people/" + id, person("Nia", surname + "-Jones").with("version", 1).build());

        assertThat(officer.get("/api/people/" + id + "/versions").json().valueStream().map(JsonNode::asLong))
                .containsExactly(0L, 1L, 2L);
        JsonNode first = officer.get("/api/people/" + id + "/versions/0").json();
        assertThat(first.path("names").get(0).path("surname").asString()).isEqualTo(surname);
        assertThat(first.path("addresses").get(0).path("lines").asString()).isEqualTo("1 Old Road");
        JsonNode second = officer.get("/api/people/" + id + "/versions/1").json();
        assertThat(second.path("addresses").get(0).path("lines").asString()).isEqualTo("2 New Street");
        // Addresses are history (a change that leaves one out ends it): at version 2 both are former addresses.
        JsonNode third = officer.get("/api/people/" + id + "/versions/2").json();
        assertThat(third.path("addresses").valueStream().map(address -> address.path("lines").asString()))
                .containsExactly("2 New Street", "1 Old Road");
        assertThat(third.path("addresses").valueStream().map(address -> address.path("to").isNull()))
                .as("none current").containsOnly(false);
        assertThat(officer.get("/api/people/" + id + "/versions/7").status()).isEqualTo(404);
    }

    @Test
    void anAlterationsEntryCarriesTheValuesBeforeAndAfter() {
        Api officer = Api.as(port, Role.OFFICER);
        String surname = Records.uniqueSurname("Altered");
        long id = officer.post("/api/people", person("Owen", surname).build()).json().path("id").asLong();

        officer.put("/api/people/" + id, person("Owain", surname).with("version", 0).build());

        AuditEntry alteration = auditLog.entriesFor(People.RECORD_TYPE, id).stream()
                .filter(entry -> entry.action() == AuditAction.ALTERATION).findFirst().orElseThrow();
        assertThat(alteration.detail()).contains("version 0 to 1").contains("names:")
                .contains("\"Owen\"").contains("\"Owain\"").doesNotContain("addresses:");
    }

    @Test
    void lookingAtAnEarlierVersionIsLoggedAsAConsultation() {
        Api officer = Api.as(port, Role.OFFICER);
        long id = officer.post("/api/people", person("Rhys", Records.uniqueSurname("Looked")).build()).json()
                .path("id").asLong();

        officer.get("/api/people/" + id + "/versions/0");

        assertThat(auditLog.entriesFor(People.RECORD_TYPE, id)).extracting(AuditEntry::detail)
                .contains("viewed person as at version 0");
    }
}
