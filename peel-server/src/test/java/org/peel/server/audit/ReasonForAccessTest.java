package org.peel.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.platform.Justifications;
import org.peel.server.testing.Api;
import org.peel.server.testing.PageSession;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A force whose policy asks for a reason before anyone looks at a person (and, as by default, before any disclosure):
 * without one the API answers 428 and the pages ask for it, and nothing is shown or logged; with one, the audit entry
 * carries it.
 */
@PeelIntegrationTest
@TestPropertySource(properties = "peel.justification.required-for=DISCLOSURE,CONSULTATION:person")
class ReasonForAccessTest {

    private static final String REASON = "IR-2026-004417: trace of the suspect named by the caller";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api officer;
    long person;

    @BeforeEach
    void recordAPerson() {
        officer = Api.as(port, TestUsers.OFFICER).withHeader(Justifications.HEADER, REASON);
        Api.Response created = officer.post("/api/people",
                PersonJson.person("Rhiannon", Records.uniqueSurname("Reasoned")).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        person = created.json().path("id").asLong();
    }

    @Test
    void anApiReadWithoutAReasonIsRefused428AndLeavesNoConsultation() {
        Api.Response refused = Api.as(port, TestUsers.OFFICER).get("/api/people/" + person);

        assertThat(refused.status()).isEqualTo(428);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asString()).contains("Peel-Justification", "Nothing was done");
        assertThat(refused.body()).doesNotContain("Rhiannon");
        assertThat(consultations(person)).isZero();
    }

    @Test
    void anApiReadWithAReasonIsLoggedWithIt() {
        Api.Response read = officer.get("/api/people/" + person);

        assertThat(read.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT justification FROM audit_entry WHERE action = 'CONSULTATION'"
                        + " AND record_type = 'person' AND record_id = :id")
                .param("id", Long.toString(person)).query(String.class).list()).containsExactly(REASON);
    }

    @Test
    void aSearchWithoutAReasonIsRefusedWhetherOrNotItWouldFindAnyone() {
        Api plain = Api.as(port, TestUsers.OFFICER);

        assertThat(plain.get("/api/search/people?q=rhiannon").status()).isEqualTo(428);
        assertThat(plain.get("/api/search/people?q=" + Records.uniqueSurname("Nobody")).status()).isEqualTo(428);
        assertThat(officer.get("/api/search/people?q=rhiannon").status()).isEqualTo(200);
    }

    @Test
    void thePersonPageAsksForTheReasonAndOpensWithIt() {
        PageSession pages = PageSession.as(port, TestUsers.OFFICER);

        HttpResponse<String> asked = pages.page("/people/" + person);

        assertThat(asked.statusCode()).isEqualTo(428);
        assertThat(asked.body()).contains("Give your reason first", "look at this person",
                "action=\"/people/" + person + "\"", "name=\"justification\"").doesNotContain("Rhiannon");
        assertThat(consultations(person)).isZero();

        HttpResponse<String> shown = pages.page("/people/" + person + "?justification=Welfare+check+CAD+2231");

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Rhiannon");
        assertThat(jdbc.sql("SELECT justification FROM audit_entry WHERE action = 'CONSULTATION'"
                        + " AND record_type = 'person' AND record_id = :id")
                .param("id", Long.toString(person)).query(String.class).list()).containsExactly("Welfare check CAD 2231");
    }

    @Test
    void printingWithoutAReasonAsksForItKeepingThePageAndPrintingWithOneLogsIt() {
        PageSession pages = PageSession.as(port, TestUsers.OFFICER);
        String printed = "/people/" + person;

        HttpResponse<String> sent = pages.submit("/", "/printed", Map.of("page", printed));

        assertThat(sent.statusCode()).isEqualTo(303);
        String reasonPage = sent.headers().firstValue("Location").orElseThrow();
        assertThat(disclosures(person)).isZero();
        HttpResponse<String> asked = pages.page(reasonPage);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Give your reason first", "print this page", "action=\"/printed\"",
                "name=\"page\" value=\"" + printed + "\"");

        HttpResponse<String> done = pages.submit(reasonPage, "/printed", Map.of("page", printed,
                "justification", "Copy for the MASH referral"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(jdbc.sql("SELECT justification FROM audit_entry WHERE action = 'DISCLOSURE'"
                        + " AND record_type = 'person' AND record_id = :id")
                .param("id", Long.toString(person)).query(String.class).list())
                .containsExactly("Copy for the MASH referral");
    }

    private long consultations(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CONSULTATION' AND record_type = 'person'"
                + " AND record_id = :id").param("id", Long.toString(id)).query(Long.class).single();
    }

    private long disclosures(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE' AND record_type = 'person'"
                + " AND record_id = :id").param("id", Long.toString(id)).query(Long.class).single();
    }
}
