package org.peel.server.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.TestUsers;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@PeelIntegrationTest
class RecordListsTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    CrimeApi api;

    @BeforeEach
    void setUp() {
        api = new CrimeApi(port);
    }

    @Test
    void incidentsInvolvingAPersonAreListedNewestFirstAndSortable() {
        long victim = api.person("Lena");
        List<String> references = new ArrayList<>();
        for (int hoursAgo : new int[] {50, 30, 2}) {
            references.add(api.registerIncident(CrimeApi.incident(hoursAgo(hoursAgo), List.of(victim)))
                    .path("reference").asString());
        }

        assertThat(referencesOf(list("/api/incidents?person=" + victim))).containsExactly(references.get(2),
                references.get(1), references.get(0));
        assertThat(referencesOf(list("/api/incidents?person=" + victim + "&sort=reported&direction=asc")))
                .containsExactlyElementsOf(references);
    }

    @Test
    void theListIsPagedAndSaysHowManyMatch() {
        long victim = api.person("Pia");
        for (int hoursAgo : new int[] {5, 4, 3}) {
            api.registerIncident(CrimeApi.incident(hoursAgo(hoursAgo), List.of(victim)));
        }

        JsonNode first = list("/api/incidents?person=" + victim + "&size=2");
        JsonNode second = list("/api/incidents?person=" + victim + "&size=2&page=1");

        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("items").size()).isEqualTo(2);
        assertThat(second.path("items").size()).isEqualTo(1);
    }

    @Test
    void aDateRangeWrittenAsOfficersWriteDatesKeepsOnlyThoseDays() {
        long victim = api.person("Dora");
        api.registerIncident(CrimeApi.incident(hoursAgo(24 * 10), List.of(victim)));
        String recent = api.registerIncident(CrimeApi.incident(hoursAgo(1), List.of(victim))).path("reference")
                .asString();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
        String from = today.minusDays(2).format(DateTimeFormatter.ofPattern("d/M/yy"));

        assertThat(referencesOf(list("/api/incidents?person=" + victim + "&from=" + encode(from))))
                .containsExactly(recent);
    }

    @Test
    void lateIncidentsAreThoseWithNoDecisionAfterTwentyFourHours() {
        long victim = api.person("Lars");
        String late = api.registerIncident(CrimeApi.incident(hoursAgo(30), List.of(victim))).path("reference")
                .asString();
        String inTime = api.registerIncident(CrimeApi.incident(hoursAgo(2), List.of(victim))).path("reference")
                .asString();

        assertThat(referencesOf(list("/api/incidents?person=" + victim + "&status=late"))).containsExactly(late);
        assertThat(referencesOf(list("/api/incidents?person=" + victim + "&late=true"))).containsExactly(late);
        assertThat(referencesOf(list("/api/incidents?person=" + victim + "&status=in-time")))
                .containsExactly(inTime);
        assertThat(referencesOf(list("/api/incidents?person=" + victim + "&status=awaiting")))
                .containsExactlyInAnyOrder(late, inTime);
        JsonNode row = list("/api/incidents?person=" + victim + "&status=late").path("items").get(0);
        assertThat(row.path("stateTitle").asString()).isEqualTo("Late: no decision after 24 hours");
    }

    @Test
    void aPlaceIsFoundByWordsOfTheAddressOrByThePostcodeStart() {
        long victim = api.person("Pat");
        String street = "7 " + CrimeApi.uniqueSurname("Close") + " Close";
        Map<String, Object> body = CrimeApi.incident(hoursAgo(1), List.of(victim));
        body.put("location", Map.of("lines", street, "town", "Leeds", "postcode", "LS6 2AB"));
        String there = api.registerIncident(body).path("reference").asString();
        api.registerIncident(CrimeApi.incident(hoursAgo(1), List.of(victim)));

        String word = street.split(" ")[1].toLowerCase();
        assertThat(referencesOf(list("/api/incidents?place=" + word))).containsExactly(there);
        assertThat(referencesOf(list("/api/incidents?person=" + victim + "&place=ls6"))).containsExactly(there);
        assertThat(referencesOf(list("/api/incidents?person=" + victim + "&place=" + encode("ls6 2ab"))))
                .containsExactly(there);
    }

    @Test
    void crimesAreFilteredByCategoryOffenceStatusAndPersonInvolved() {
        long victim = api.person("Cara");
        JsonNode incident = api.registerIncident(CrimeApi.incident(hoursAgo(3), List.of(victim)));
        String crime = api.recordCrimes(incident.path("id").asLong(), CrimeApi.crimes(incident.path("version")
                .asLong(), "105A", hoursAgo(4))).get(0).path("reference").asString();

        assertThat(referencesOf(list("/api/crimes?person=" + victim))).containsExactly(crime);
        assertThat(referencesOf(list("/api/crimes?person=" + victim + "&offence=105a"))).containsExactly(crime);
        assertThat(referencesOf(list("/api/crimes?person=" + victim + "&offence=violence"))).containsExactly(crime);
        assertThat(referencesOf(list("/api/crimes?person=" + victim + "&offence=burglary"))).isEmpty();
        assertThat(referencesOf(list("/api/crimes?person=" + victim + "&status=open"))).containsExactly(crime);
        assertThat(referencesOf(list("/api/crimes?person=" + victim + "&status=finalised"))).isEmpty();
        assertThat(referencesOf(list("/api/incidents?person=" + victim + "&offence=105A")))
                .containsExactly(incident.path("reference").asString());
        assertThat(referencesOf(list("/api/incidents?person=" + victim + "&status=crime-recorded")))
                .containsExactly(incident.path("reference").asString());
    }

    @Test
    void crimesRecordedLateAreListedAsLate() {
        long victim = api.person("Lily");
        JsonNode incident = api.registerIncident(CrimeApi.incident(hoursAgo(40), List.of(victim)));
        String crime = api.recordCrimes(incident.path("id").asLong(), CrimeApi.crimes(incident.path("version")
                .asLong(), "105A", hoursAgo(41))).get(0).path("reference").asString();

        JsonNode late = list("/api/crimes?person=" + victim + "&late=true");
        assertThat(referencesOf(late)).containsExactly(crime);
        assertThat(late.path("items").get(0).path("recordedLate").asBoolean()).isTrue();
    }

    @Test
    void filtersThatCannotBeReadAreRefusedNamingTheFieldAndHowToWriteIt() {
        Api.Response response = api.officer().get("/api/incidents?status=FOUND&from=31/02/2026&size=500&sort=colour");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("status", "from", "size", "sort");
        assertThat(response.body()).contains("February 2026 has 28 days").contains("choose one of")
                .doesNotContain("AWAITING_DECISION");
    }

    @Test
    void aPageNumberThatIsNotANumberIsRefusedNamingIt() {
        Api.Response response = api.officer().get("/api/crimes?page=second");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("page");
        assertThat(response.body()).contains("'second' cannot be read");
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsRefused() {
        Api.Response response = api.officer().get("/api/crimes?from=2026-03-01&to=1/2/2026");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("to");
    }

    @Test
    void everyListIsWrittenToTheAuditLogAsASearch() {
        long victim = api.person("Audra");
        list("/api/crimes?person=" + victim);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE detail = :detail")
                .param("detail", "listed crimes person " + victim + "; 0 found").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void eachCrimeAndIncidentAListShowsIsLoggedAsConsultedByWhoeverListedIt() {
        long victim = api.person("Consuelo");
        JsonNode incident = api.registerIncident(CrimeApi.incident(hoursAgo(3), List.of(victim)));
        long crime = api.recordCrimes(incident.path("id").asLong(), CrimeApi.crimes(incident.path("version")
                .asLong(), "105A", hoursAgo(4))).get(0).path("id").asLong();

        Api.Response crimes = api.officer().get("/api/crimes?person=" + victim);
        Api.Response incidents = api.officer().get("/api/incidents?person=" + victim);

        assertThat(consultedIn(crimes)).containsExactly("crime:" + crime);
        assertThat(consultedIn(incidents)).containsExactly("incident:" + incident.path("id").asLong());
    }

    private List<String> consultedIn(Api.Response response) {
        return jdbc.sql("SELECT record_type || ':' || record_id FROM audit_entry WHERE action = 'CONSULTATION'"
                        + " AND request_id = :request AND username = :user ORDER BY chain_seq")
                .param("request", response.header("X-Request-Id")).param("user", TestUsers.OFFICER)
                .query(String.class).list();
    }

    private Instant hoursAgo(int hours) {
        return clock.instant().minus(Duration.ofHours(hours)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private JsonNode list(String path) {
        Api.Response response = api.officer().get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> referencesOf(JsonNode list) {
        List<String> references = new ArrayList<>();
        list.path("items").forEach(item -> references.add(item.path("reference").asString()));
        return references;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
