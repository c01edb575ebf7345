package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The person picker in a real browser: officers find people by name (misspelt, as they hear it) and pick them,
 * in place with JavaScript and by plain round trips without it, never losing what they typed; a person not yet on
 * record is recorded through the duplicate check and comes back picked. Every page is checked with axe-core.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonPickerPageTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexMaintenance index;

    @RegisterExtension
    final Browser officer = Browser.signedInAs(TestUsers.OFFICER);

    void fillInTheIncident(Browser browser, String account) {
        new Select(browser.find(By.id("channel"))).selectByVisibleText("101 call");
        browser.type(By.id("location-lines"), "7 Ladypool Road");
        browser.type(By.id("location-postcode"), "b12 9qy");
        browser.type(By.id("account"), account);
    }

    @Test
    void anOfficerRecordsAnIncidentPickingTheVictimFoundByAMisspeltNameWithoutLeavingTheForm() {
        long victim = officer.recordPerson(person("Catherine", "Mulholland").with("sex", "FEMALE")
                .vulnerability("DOMESTIC_ABUSE_VICTIM", "2024-03-01").build());
        index.catchUp();

        officer.go("/incidents/new");
        fillInTheIncident(officer, "Caller says her ex-partner smashed the front window.");
        officer.driver().executeScript("window.stillTheSamePage = true");
        officer.type(By.id("victimIds"), "katherine mulholand");

        WebElement pick = officer.waitFor(By.cssSelector("[data-field=victimIds] button[value='pick:victimIds:" + victim + "']"));
        WebElement hit = officer.find(By.cssSelector("[data-field=victimIds] .picker-hits .hit"));
        assertThat(hit.getText()).contains("MULHOLLAND, Catherine", "Vulnerable: Domestic abuse victim");
        assertThat(hit.findElement(By.cssSelector(".reasons")).getText()).isNotBlank();
        officer.screenshot("picker-results");
        officer.assertAccessible();
        pick.click();

        officer.waitFor(By.cssSelector("[data-field=victimIds] .picked a[href='/people/" + victim + "']"));
        assertThat(officer.driver().executeScript("return window.stillTheSamePage")).as("picked in place").isEqualTo(true);
        assertThat(officer.find(By.id("victimIds")).getAttribute("value")).isEmpty();
        officer.assertAccessible();
        // Enter in an ordinary field sends the form, not the first picker's Find button.
        officer.find(By.id("location-postcode")).sendKeys(org.openqa.selenium.Keys.ENTER);

        officer.waitForPathMatching("/incidents/\\d+.*");
        assertThat(officer.text(By.tagName("main"))).contains("MULHOLLAND, Catherine", "smashed the front window");
        officer.screenshot("incident-with-picked-victim");
        officer.assertAccessible();
    }

    @Test
    void withoutJavaScriptEachPickerStepIsARoundTripThatKeepsWhatWasTyped() {
        // axe-core needs JavaScript: these same pages are checked in the tests with it.
        long reporter = officer.recordPerson(person("Bartholomew", "Quigley-Nash").build());
        index.catchUp();
        try (Browser plain = Browser.withoutJavaScript(port)) {
            plain.signInAs(TestUsers.OFFICER);
            plain.go("/incidents/new");
            fillInTheIncident(plain, "Neighbour heard glass breaking next door.");

            plain.pick("reportingPersonId", "bartholomew quigley nash", reporter);

            assertThat(plain.find(By.id("account")).getAttribute("value")).isEqualTo("Neighbour heard glass breaking next door.");
            assertThat(plain.find(By.id("location-postcode")).getAttribute("value")).isEqualTo("b12 9qy");

            plain.type(By.id("victimIds"), "Ottoline Vanderpump-Achebe 1992");
            plain.find(By.cssSelector("button[value='new:victimIds']")).click();
            plain.waitForPath("/people/new?draft=");
            assertThat(plain.find(By.id("names-0-forenames")).getAttribute("value")).isEqualTo("Ottoline");
            assertThat(plain.find(By.id("names-0-surname")).getAttribute("value")).isEqualTo("Vanderpump-Achebe");
            assertThat(plain.find(By.id("datesOfBirth-0")).getAttribute("value")).isEqualTo("1992");
            plain.find(By.cssSelector("button[value=check]")).click();

            plain.waitForPath("/incidents/new?draft=");
            assertThat(plain.text(By.cssSelector("[data-field=victimIds] .picked"))).contains("VANDERPUMP-ACHEBE, Ottoline");
            assertThat(plain.text(By.cssSelector("[data-field=reportingPersonId] .picked"))).contains("QUIGLEY-NASH, Bartholomew");
            assertThat(plain.find(By.id("account")).getAttribute("value")).isEqualTo("Neighbour heard glass breaking next door.");
            plain.find(By.cssSelector("main form > button[type=submit]")).click();

            plain.waitForPathMatching("/incidents/\\d+.*");
            assertThat(plain.text(By.tagName("main"))).contains("VANDERPUMP-ACHEBE, Ottoline", "QUIGLEY-NASH, Bartholomew");
        }
    }

    @Test
    void aNameTypedButNotPickedStopsTheFormAndNothingIsStored() {
        officer.go("/incidents/new");
        fillInTheIncident(officer, "Caller reports a stolen bicycle.");
        officer.driver().executeScript("document.getElementById('victimIds').value = 'somebody unpicked'");
        officer.find(By.cssSelector("main form > button[type=submit]")).click();

        officer.waitFor(By.cssSelector(".error-summary"));
        assertThat(officer.text(By.cssSelector(".error-summary"))).contains("Victims", "nobody picked");
        assertThat(officer.path()).isEqualTo("/incidents/new");
        assertThat(officer.find(By.id("account")).getAttribute("value")).isEqualTo("Caller reports a stolen bicycle.");
        officer.assertAccessible();
    }

    @Test
    void aChildIsReportedMissingFromTheirPageAndIsThenMarkedMissingInSearchResults() {
        long child = officer.recordPerson(person("Jayden", "Pickeringsworth").with("datesOfBirth", List.of("2013-05-04"))
                .build());
        index.catchUp();

        officer.go("/people/" + child);
        officer.find(By.linkText("Report missing")).click();
        officer.waitForPath("/missing/new");
        assertThat(officer.text(By.cssSelector("[data-field=personId] .picked"))).contains("PICKERINGSWORTH, Jayden");
        officer.type(By.id("lastSeenPlace"), "School gates, Moseley Road");
        officer.type(By.id("circumstances"), "Did not come home from school.");
        officer.type(By.id("reportedBy"), "His father");
        officer.type(By.id("reporterContact"), "07700 900111");
        new Select(officer.find(By.id("risk-grade"))).selectByValue("HIGH");
        officer.type(By.id("risk-rationale"), "Eleven years old, out of character.");
        officer.find(By.cssSelector("main form > button[type=submit]")).click();
        officer.waitForPath("/missing/episodes/");

        officer.go("/?q=jaden+pickeringsworth");
        WebElement hit = officer.waitFor(By.cssSelector(".hit"));
        assertThat(hit.findElement(By.cssSelector(".badge-alert")).getText())
                .isEqualTo("Missing now · high risk (not yet confirmed)");
        officer.screenshot("search-missing-marker");
        officer.assertAccessible();
        officer.go("/people/" + child);
        assertThat(officer.text(By.cssSelector(".person-alert"))).contains("Missing now · high risk");
        officer.screenshot("person-missing-alert");
        officer.assertAccessible();
    }

    @Test
    void theDuplicateCheckAddsWhatWasTypedToThePersonAlreadyKnown() {
        long known = officer.recordPerson(person("Rhodri", "Vaughan-Pryce").with("datesOfBirth", List.of("1979-11-05"))
                .build());
        index.catchUp();

        officer.go("/people/new");
        officer.type(By.id("names-0-forenames"), "Rodri");
        officer.type(By.id("names-0-surname"), "Vaughan-Pryce");
        officer.type(By.id("datesOfBirth-0"), "1979-11-05");
        officer.type(By.id("addresses-0-lines"), "9 Harbour View");
        officer.type(By.id("addresses-0-postcode"), "cf10 4pa");
        officer.find(By.cssSelector("button[value=check]")).click();
        officer.waitFor(By.cssSelector("section.duplicates"));
        officer.assertAccessible();
        officer.find(By.cssSelector("section.duplicates button[value^='add:" + known + ":']")).click();

        officer.waitForPath("/people/" + known);
        assertThat(officer.text(By.cssSelector(".notice"))).contains("Added what you typed");
        assertThat(officer.text(By.tagName("main"))).contains("VAUGHAN-PRYCE, Rodri", "9 Harbour View", "CF10 4PA");
        assertThat(officer.text(By.tagName("h1"))).isEqualTo("VAUGHAN-PRYCE, Rhodri");
        officer.assertAccessible();
    }

    @Test
    void aPersonsPageOffersToStartAnIncidentAReportOrACrimeLinkFromThem() {
        long person = officer.recordPerson(person("Winifred", "Actionsworth").build());

        officer.go("/people/" + person);
        List<String> actions = officer.findAll(By.cssSelector(".person-actions a")).stream()
                .map(WebElement::getText).toList();
        assertThat(actions).containsExactly("Record an incident", "Report missing", "Link to a crime");
        officer.find(By.linkText("Record an incident")).click();
        officer.waitForPath("/incidents/new");
        assertThat(officer.text(By.cssSelector("[data-field=victimIds] .picked"))).contains("ACTIONSWORTH, Winifred");
    }
}
