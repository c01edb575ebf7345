package org.peel.server.crime.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.peel.server.testing.Api;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Finding an incident or a crime again in a real browser: the lists with their filters and sorting, the one search
 * box that goes straight to a reference, and printing a record (audited as a disclosure). axe-core checks each page.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingRecordsPageTest {

    @RegisterExtension
    final Browser officer = Browser.signedInAs(TestUsers.OFFICER);

    @Autowired
    JdbcClient jdbc;

    JsonNode incident(long victim, int hoursAgo, String lines, String postcode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedAt", Instant.now().minusSeconds(hoursAgo * 3600L).toString());
        body.put("channel", "EMERGENCY_999");
        body.put("victimIds", List.of(victim));
        body.put("location", Map.of("lines", lines, "postcode", postcode));
        body.put("account", "Caller's car window smashed and a bag taken from the seat.");
        body.put("crimeRelated", true);
        Api.Response created = officer.api().post("/api/incidents", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    @Test
    void anOfficerFindsAnIncidentByDayAndPostcodeAndSortsTheList() {
        long victim = officer.recordPerson(PersonJson.person("Ines", Records.uniqueSurname("Lister")).build());
        String late = incident(victim, 30, "9 Mill Road", "LS6 2AB").path("reference").asString();
        String recent = incident(victim, 1, "3 Pond Street", "B11 4AB").path("reference").asString();

        officer.go("/incidents?person=" + victim);
        assertThat(officer.text(By.cssSelector(".filter-person"))).contains("Involving");
        assertThat(references()).containsExactly(recent, late);
        officer.screenshot("incident-list");
        officer.assertAccessible();

        officer.type(By.id("place"), "ls6");
        officer.find(By.cssSelector("form.list-filters button[type=submit]")).click();
        officer.waitForPathMatching("/incidents\\?.*place=ls6.*");
        assertThat(references()).containsExactly(late);
        assertThat(officer.text(By.cssSelector(".incident-row"))).contains("Late: no decision after 24 hours");

        officer.go("/incidents?person=" + victim + "&sort=reported&direction=desc");
        officer.find(By.linkText("Reported")).click();
        officer.waitForPathMatching("/incidents\\?.*direction=asc.*");
        assertThat(references()).containsExactly(late, recent);
        assertThat(officer.find(By.cssSelector("th[aria-sort]")).getAttribute("aria-sort")).isEqualTo("ascending");
    }

    @Test
    void aFilterThatCannotBeReadIsMarkedOnItsFieldWithHowToWriteIt() {
        officer.go("/crimes?from=31/02/2026");

        WebElement summary = officer.waitFor(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("February 2026 has 28 days");
        assertThat(officer.find(By.id("from")).getAttribute("aria-invalid")).isEqualTo("true");
        officer.screenshot("crime-list-error");
        officer.assertAccessible();
    }

    @Test
    void theOneSearchBoxGoesStraightToAnIncidentTypedLoosely() {
        long victim = officer.recordPerson(PersonJson.person("Oona", Records.uniqueSurname("Boxer")).build());
        JsonNode incident = incident(victim, 2, "1 Quay Street", "B11 4AB");
        String reference = incident.path("reference").asString();

        officer.go("/");
        officer.type(By.id("q"), "inc " + reference.substring(4, 8) + " " + Long.parseLong(reference.substring(9)));
        officer.find(By.cssSelector("form.search-form button[type=submit]")).click();

        officer.waitForPath("/incidents/" + incident.path("id").asLong());
        officer.assertAccessible();
    }

    @Test
    void printingARecordIsWrittenToTheAuditLogAsADisclosureBeforeThePagePrints() {
        long victim = officer.recordPerson(PersonJson.person("Prue", Records.uniqueSurname("Printer")).build());
        long id = incident(victim, 2, "8 Print Lane", "B11 4AB").path("id").asLong();
        officer.go("/incidents/" + id);
        officer.driver().executeScript("window.print = function () { document.body.setAttribute('data-printed', 'yes'); };");

        officer.find(By.xpath("//button[normalize-space()='Print this page']")).click();
        // The force asks for a reason before a disclosure (the default policy): the field opens on the first press.
        officer.find(By.id("print-reason")).sendKeys("Case file for CPS");
        officer.find(By.xpath("//button[normalize-space()='Print this page']")).click();

        officer.waitFor(By.cssSelector("body[data-printed='yes']"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE' AND record_type = "
                        + "'incident' AND record_id = :id").param("id", String.valueOf(id)).query(Long.class).single())
                .isEqualTo(1);
        assertThat(officer.find(By.cssSelector(".printed-by")).getAttribute("textContent")).contains("Printed by");
        assertThat(officer.findAll(By.cssSelector(".protective-marking"))).allSatisfy(marking ->
                assertThat(marking.getAttribute("textContent")).isEqualTo("OFFICIAL-SENSITIVE"));
    }

    @Test
    void aSignedInPageKnowsTheShiftLengthForItsWarning() {
        officer.go("/crime");

        assertThat(officer.find(By.tagName("body")).getAttribute("data-session-seconds")).isEqualTo("43200");
        assertThat(officer.find(By.id("session-warning")).isDisplayed()).isFalse();
    }

    private List<String> references() {
        return officer.findAll(By.cssSelector("tbody tr td:first-child a")).stream().map(WebElement::getText).toList();
    }
}
