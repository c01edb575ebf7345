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
import org.openqa.selenium.support.ui.Select;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Api;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The crime recording pages in a real browser, each checked with axe-core. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrimePagesTest {

    @Autowired
    SearchIndexMaintenance index;

    @RegisterExtension
    final Browser officer = Browser.signedInAs(TestUsers.OFFICER);

    @RegisterExtension
    final Browser registrar = Browser.signedInAs(TestUsers.REGISTRAR);

    long person(String forenames, String surname) {
        return officer.recordPerson(PersonJson.person(forenames, surname).build());
    }

    JsonNode incidentReportedHoursAgo(int hours, long victim) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedAt", Instant.now().minusSeconds(hours * 3600L).toString());
        body.put("channel", "EMERGENCY_999");
        body.put("victimIds", List.of(victim));
        body.put("location", Map.of("lines", "4 Church Lane", "postcode", "B12 9QY"));
        body.put("account", "Caller's shed broken into and a lawnmower taken.");
        body.put("crimeRelated", true);
        Api.Response created = officer.api().post("/api/incidents", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    @Test
    void anOfficerRecordsAnIncidentAndSeesItsClockRunning() {
        long victim = person("Petra", "Lindqvist");

        officer.go("/crime");
        assertThat(officer.find(By.cssSelector("nav .nav a[aria-current=page]")).getText()).isEqualTo("Crime");
        officer.assertAccessible();
        officer.find(By.linkText("Record an incident")).click();
        new Select(officer.find(By.id("channel"))).selectByVisibleText("101 call");
        index.catchUp();
        officer.pick("victimIds", "petra lindqvist", victim);
        officer.type(By.id("location-lines"), "7 Ladypool Road");
        officer.type(By.id("location-postcode"), "b12 9qy");
        officer.type(By.id("account"), "Caller says her handbag was snatched at the bus stop.");
        officer.assertAccessible();
        officer.find(By.cssSelector("main form > button[type=submit]")).click();

        officer.waitForPathMatching("/incidents/\\d+.*");
        assertThat(officer.text(By.tagName("h1"))).matches("Incident INC-\\d{4}-\\d{6}");
        assertThat(officer.text(By.cssSelector(".clock-state"))).startsWith("Awaiting a crime decision").contains("left");
        assertThat(officer.text(By.tagName("main"))).contains("7 Ladypool Road", "B12 9QY", "101 call");
        officer.screenshot("incident");
        officer.assertAccessible();
    }

    @Test
    void anIncidentWithBadInputIsShownAgainNamingEachField() {
        officer.go("/incidents/new");
        officer.type(By.id("location-postcode"), "XYZ 123");
        officer.find(By.cssSelector("main form > button[type=submit]")).click();

        officer.waitFor(By.cssSelector(".error-summary"));
        assertThat(officer.text(By.cssSelector(".error-summary"))).contains("How it was reported", "Postcode", "Account");
        assertThat(officer.find(By.id("location-postcode")).getAttribute("value")).isEqualTo("XYZ 123");
        officer.assertAccessible();
    }

    @Test
    void anOfficerRecordsACrimeFromAnIncidentAndTheRegistrarCancelsIt() {
        JsonNode incident = incidentReportedHoursAgo(2, person("Quentin", "Okafor"));

        officer.go("/incidents/" + incident.path("id").asLong());
        new Select(officer.find(By.id("offenceCode"))).selectByValue("28E");
        assertThat(officer.find(By.id("committedFrom")).getAttribute("value")).isNotBlank();
        officer.find(By.cssSelector("section[aria-labelledby=record-title] form > button[type=submit]")).click();

        officer.waitFor(By.cssSelector(".notice"));
        assertThat(officer.text(By.cssSelector(".notice"))).matches("Recorded crime CRM-\\d{4}-\\d{6}\\.");
        assertThat(officer.text(By.cssSelector(".clock-state"))).isEqualTo("Crime recorded within the clock");
        officer.assertAccessible();
        officer.find(By.cssSelector("section[aria-labelledby=crimes-title] a")).click();
        officer.waitForPathMatching("/crimes/\\d+.*");
        String crimePath = officer.path();
        assertThat(officer.text(By.cssSelector(".lead"))).startsWith("28E Burglary - residential");
        assertThat(officer.findAll(By.id("cancel-title"))).isEmpty();
        officer.screenshot("crime");
        officer.assertAccessible();

        registrar.go(crimePath);
        new Select(registrar.find(By.id("reasonCode"))).selectByValue("C3");
        registrar.type(By.id("cancel-rationale"), "The same burglary was recorded from the neighbour's call.");
        registrar.find(By.cssSelector("section[aria-labelledby=cancel-title] button[type=submit]")).click();

        registrar.waitFor(By.id("confirm-cancel-title"));
        assertThat(registrar.text(By.cssSelector(".lead"))).as("nothing cancelled before confirming").doesNotEndWith("Cancelled");
        assertThat(registrar.text(By.cssSelector(".confirm-cancel"))).contains("C3", "neighbour");
        registrar.assertAccessible();
        registrar.find(By.cssSelector(".confirm-cancel button[type=submit]")).click();

        registrar.waitFor(By.cssSelector(".notice"));
        assertThat(registrar.text(By.cssSelector(".lead"))).endsWith("Cancelled");
        assertThat(registrar.text(By.cssSelector("section[aria-labelledby=history-title]")))
                .contains("Cancelled", "C3", "neighbour");
        registrar.assertAccessible();
    }

    @Test
    void aSuspectAndTheModusOperandiAreAddedToACrimeAfterItWasRecorded() {
        JsonNode incident = incidentReportedHoursAgo(1, person("Yusuf", "Shedowner"));
        Api.Response recorded = officer.api().post("/api/incidents/" + incident.path("id").asLong() + "/crimes",
                Map.of("version", incident.path("version").asLong(), "offenceCode", "28E",
                        "committedFrom", Instant.now().minusSeconds(7200).toString()));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        long crime = recorded.json().get(0).path("id").asLong();
        long suspect = person("Gareth", "Latersuspect");
        index.catchUp();

        officer.go("/crimes/" + crime);
        officer.pick("suspectIds", "garath latersuspect", suspect);
        officer.type(By.id("modusOperandi"), "Forced the shed door with a crowbar.");
        officer.assertAccessible();
        officer.find(By.cssSelector("section[aria-labelledby=details-title] form > button[type=submit]")).click();

        officer.waitFor(By.cssSelector(".notice"));
        assertThat(officer.text(By.cssSelector("dl.facts"))).contains("LATERSUSPECT, Gareth", "crowbar");
        officer.assertAccessible();
        officer.go("/people/" + suspect);
        assertThat(officer.text(By.tagName("main"))).contains(recorded.json().get(0).path("reference").asString(),
                "Suspect");
    }

    @Test
    void aPersonIsLinkedToACrimeAsASuspectStartingFromTheirPage() {
        JsonNode incident = incidentReportedHoursAgo(1, person("Imogen", "Bikeowner"));
        Api.Response recorded = officer.api().post("/api/incidents/" + incident.path("id").asLong() + "/crimes",
                Map.of("version", incident.path("version").asLong(), "offenceCode", "45",
                        "committedFrom", Instant.now().minusSeconds(7200).toString()));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String reference = recorded.json().get(0).path("reference").asString();
        long suspect = person("Lorcan", "Linkedfromhispage");

        officer.go("/people/" + suspect);
        officer.find(By.linkText("Link to a crime")).click();
        officer.waitFor(By.id("reference"));
        assertThat(officer.text(By.cssSelector("main .notice"))).contains("LINKEDFROMHISPAGE, Lorcan");
        officer.type(By.id("reference"), reference.toLowerCase(java.util.Locale.ROOT));
        officer.find(By.cssSelector("main form button[type=submit]")).click();

        officer.waitForPathMatching("/crimes/\\d+\\?suspect=" + suspect);
        assertThat(officer.text(By.cssSelector("[data-field=suspectIds] .picked"))).contains("LINKEDFROMHISPAGE, Lorcan");
        officer.assertAccessible();
        officer.find(By.cssSelector("section[aria-labelledby=details-title] form > button[type=submit]")).click();
        officer.waitFor(By.cssSelector(".notice"));
        assertThat(officer.text(By.cssSelector("dl.facts"))).contains("LINKEDFROMHISPAGE, Lorcan");
    }

    @Test
    void aVictimsPageLinksToTheCrime() {
        long victim = person("Sunita", "Rao");
        JsonNode incident = incidentReportedHoursAgo(1, victim);
        Api.Response recorded = officer.api().post("/api/incidents/" + incident.path("id").asLong()
                + "/crimes", Map.of("version", incident.path("version").asLong(), "offenceCode", "46",
                "committedFrom", Instant.now().minusSeconds(7200).toString()));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);

        officer.go("/people/" + victim);

        assertThat(officer.text(By.tagName("main"))).contains(recorded.json().get(0).path("reference").asString(),
                "Victim", "46 Shoplifting");
        officer.assertAccessible();
    }

    @Test
    void theComplianceViewListsALateIncidentForTheRegistrar() {
        JsonNode late = incidentReportedHoursAgo(30, person("Rhiannon", "Price"));

        registrar.go("/crime/compliance");

        assertThat(registrar.text(By.cssSelector("section[aria-labelledby=late-title]")))
                .contains(late.path("reference").asString());
        registrar.screenshot("crime-compliance");
        registrar.assertAccessible();
        registrar.go("/incidents/" + late.path("id").asLong());
        assertThat(registrar.text(By.cssSelector(".clock-state"))).startsWith("Late: the clock ran out");
        registrar.assertAccessible();
    }

    @Test
    void officersAreNotShownTheComplianceView() {
        officer.go("/crime/compliance");

        assertThat(officer.text(By.tagName("h1"))).doesNotContain("compliance");
    }
}
