package org.peel.server.missing.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peel.server.missing.MissingApi;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Api;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The missing-persons pages in a real browser, each checked with axe-core. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissingPagesTest {

    @Autowired
    SearchIndexMaintenance index;

    @RegisterExtension
    final Browser officer = Browser.signedInAs(TestUsers.OFFICER);

    @RegisterExtension
    final Browser supervisor = Browser.signedInAs(TestUsers.SUPERVISOR);

    long person(String forenames, String surname) {
        return officer.recordPerson(PersonJson.person(forenames, surname).build());
    }

    @Test
    void anOfficerReportsAMissingPersonRecordsASightingAndASupervisorConfirmsTheGrading() {
        long personId = person("Nadia", "Okonkwo");

        officer.go("/missing");
        assertThat(officer.find(By.cssSelector("nav .nav a[aria-current=page]")).getText()).isEqualTo("Missing persons");
        officer.assertAccessible();
        officer.find(By.linkText("Report a missing person")).click();
        index.catchUp();
        officer.pick("personId", "nadia okonkwo", personId);
        officer.type(By.id("lastSeenPlace"), "Outside the library, Stratford Road");
        officer.type(By.id("lastSeenPostcode"), "b11 4ab");
        officer.type(By.id("circumstances"), "Did not come home from college; phone switched off.");
        officer.type(By.id("reportedBy"), "Mrs Okonkwo (mother)");
        officer.type(By.id("reporterContact"), "07700 900456");
        new Select(officer.find(By.id("risk-grade"))).selectByValue("HIGH");
        officer.find(By.id("factor-OUT_OF_CHARACTER")).click();
        officer.type(By.id("risk-rationale"), "Out of character; she has never stayed out before.");
        officer.assertAccessible();
        officer.find(By.cssSelector("main form > button[type=submit]")).click();

        officer.waitForPath("/missing/episodes/");
        String episodePath = officer.path();
        assertThat(officer.text(By.tagName("h1"))).isEqualTo("Missing: OKONKWO, Nadia");
        assertThat(officer.text(By.cssSelector(".latest-grade"))).isEqualTo("High risk, awaiting a supervisor");
        assertThat(officer.text(By.cssSelector(".current-grade"))).isEqualTo("None confirmed yet");
        assertThat(officer.text(By.cssSelector(".review-state"))).startsWith("Due ");
        assertThat(officer.findAll(By.id("confirm-title"))).isEmpty();
        officer.assertAccessible();

        officer.type(By.id("learned"), "Seen on a number 50 bus towards the city centre.");
        officer.type(By.id("source"), "Bus driver");
        officer.type(By.id("place"), "Stratford Road bus stop");
        officer.find(By.cssSelector("section[aria-labelledby=sightings-title] button[type=submit]")).click();
        officer.waitFor(By.cssSelector(".notice"));
        assertThat(officer.text(By.cssSelector(".information"))).contains("Stratford Road bus stop", "Bus driver");
        officer.screenshot("missing-episode");
        officer.assertAccessible();

        supervisor.go(episodePath);
        supervisor.find(By.cssSelector("section[aria-labelledby=confirm-title] button[type=submit]")).click();
        supervisor.waitFor(By.cssSelector(".notice"));
        assertThat(supervisor.text(By.cssSelector(".current-grade"))).isEqualTo("High risk");
        supervisor.assertAccessible();

        supervisor.go("/missing");
        assertThat(supervisor.text(By.cssSelector("section[aria-labelledby=open-title]"))).contains("OKONKWO, Nadia");
        supervisor.screenshot("missing-coordinator");
        supervisor.assertAccessible();
    }

    long reportedMissing(long personId) {
        Api.Response created = officer.api().post("/api/missing/episodes",
                MissingApi.report(personId, Instant.now().minusSeconds(5400), "MEDIUM"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @Test
    void aLineOfEnquiryAndAfterTheReturnTheInterviewAreRecordedFromTheEpisodePage() {
        long episode = reportedMissing(person("Keziah", "Enquiryfield"));
        officer.go("/missing/episodes/" + episode);

        officer.find(By.id("kind-enquiry")).click();
        officer.type(By.id("learned"), "Her friend Tia has a flat on Moseley Road; worth a visit.");
        officer.type(By.id("source"), "Her mother");
        officer.find(By.cssSelector("section[aria-labelledby=sightings-title] button[type=submit]")).click();
        officer.waitFor(By.cssSelector(".notice"));
        assertThat(officer.text(By.cssSelector(".notice"))).isEqualTo("The line of enquiry is recorded.");
        assertThat(officer.text(By.cssSelector(".information"))).startsWith("Line of enquiry").contains("Moseley Road");

        new Select(officer.find(By.id("outcome"))).selectByValue("RETURNED");
        officer.type(By.id("close-place"), "Home address");
        officer.type(By.id("by"), "Returned by herself");
        officer.type(By.id("condition"), "Safe and well");
        officer.find(By.cssSelector("section[aria-labelledby=close-title] button[type=submit]")).click();
        officer.waitFor(By.id("interview-title"));
        assertThat(officer.text(By.cssSelector(".current-grade"))).isEqualTo("None confirmed yet");
        assertThat(officer.text(By.cssSelector(".latest-grade"))).isEqualTo("Medium risk, not confirmed before the episode closed");
        assertThat(officer.text(By.cssSelector(".assessment-confirmed"))).isEqualTo("Not confirmed");
        officer.assertAccessible();

        officer.type(By.id("conductedBy"), "PC 4471 Shah");
        officer.type(By.id("notes"), "Stayed with a friend after a row at home; no harm disclosed.");
        officer.find(By.cssSelector("section[aria-labelledby=interview-title] button[type=submit]")).click();

        officer.waitFor(By.cssSelector(".notice"));
        assertThat(officer.text(By.cssSelector(".interview-state"))).startsWith("Held ").endsWith("by PC 4471 Shah");
        assertThat(officer.findAll(By.id("interview-title"))).isEmpty();
        assertThat(officer.text(By.tagName("main"))).contains("no harm disclosed");
        officer.screenshot("missing-episode-closed");
        officer.assertAccessible();
    }

    @Test
    void theRiskFactorsAreCheckboxesThatKeepWhatWasTickedWhenTheReviewIsRefused() {
        long episode = reportedMissing(person("Ottilie", "Checkboxes"));
        officer.go("/missing/episodes/" + episode);

        WebElement factor = officer.find(By.id("review-factor-OUT_OF_CHARACTER"));
        assertThat(factor.getAttribute("type")).isEqualTo("checkbox");
        assertThat(factor.getSize().getWidth()).as("a large target").isGreaterThanOrEqualTo(24);
        factor.click();
        officer.find(By.cssSelector("section[aria-labelledby=assess-title] button[type=submit]")).click();

        officer.waitFor(By.cssSelector(".error-summary"));
        assertThat(officer.find(By.id("review-factor-OUT_OF_CHARACTER")).isSelected()).isTrue();
        assertThat(officer.find(By.id("review-factor-MENTAL_HEALTH")).isSelected()).isFalse();
        officer.assertAccessible();
    }

    @Test
    void theEpisodePageAndTheCoordinatorsTableFitAPhoneScreen() {
        long episode = reportedMissing(person("Philippa", "Phonescreen"));
        try {
            officer.driver().manage().window().setSize(new Dimension(375, 800));
            for (String path : List.of("/missing/episodes/" + episode, "/missing")) {
                officer.go(path);
                long overflow = ((Number) officer.driver().executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
                assertThat(overflow).as("sideways scrolling on " + path).isLessThanOrEqualTo(0);
            }
            officer.go("/missing/episodes/" + episode);
            officer.assertAccessible();
        } finally {
            officer.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void aReportWithBadInputIsShownAgainNamingEachField() {
        officer.go("/missing/new");
        officer.type(By.id("lastSeenPostcode"), "XYZ 123");
        officer.find(By.cssSelector("main form > button[type=submit]")).click();

        officer.waitFor(By.cssSelector(".error-summary"));
        assertThat(officer.text(By.cssSelector(".error-summary"))).contains("Person", "Postcode", "Circumstances",
                "Risk grade");
        assertThat(officer.find(By.id("lastSeenPostcode")).getAttribute("value")).isEqualTo("XYZ 123");
        officer.assertAccessible();
    }

    @Test
    void anOfficerClosesAnEpisodeAsFound() {
        long personId = person("Tomasz", "Wiśniewski");
        officer.go("/missing/new?personId=" + personId);
        officer.type(By.id("lastSeenPlace"), "Home address");
        officer.type(By.id("circumstances"), "Walked out after an argument.");
        officer.type(By.id("reportedBy"), "His brother");
        officer.type(By.id("reporterContact"), "07700 900789");
        new Select(officer.find(By.id("risk-grade"))).selectByValue("LOW");
        officer.type(By.id("risk-rationale"), "Adult, no vulnerabilities known, has done this before.");
        officer.find(By.cssSelector("main form > button[type=submit]")).click();
        officer.waitForPath("/missing/episodes/");

        new Select(officer.find(By.id("outcome"))).selectByValue("RETURNED");
        officer.type(By.id("close-place"), "Home address");
        officer.type(By.id("by"), "Returned by himself");
        officer.type(By.id("condition"), "Safe and well");
        officer.find(By.cssSelector("section[aria-labelledby=close-title] button[type=submit]")).click();

        officer.waitFor(By.cssSelector(".notice"));
        assertThat(officer.text(By.cssSelector(".lead"))).isEqualTo("Closed: returned");
        assertThat(officer.text(By.cssSelector(".interview-state"))).startsWith("Due by ").doesNotContain("DUE");
        officer.assertAccessible();
    }
}
