package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexMaintenance index;

    @RegisterExtension
    final Browser browser = Browser.signedInAs(TestUsers.OFFICER);

    @Test
    void aMisspelledNameFindsThePersonWithTheReasonAndTheirMarkersAsBadges() {
        long id = browser.recordPerson(person("Caoimhe", "Fitzgerald").with("sex", "FEMALE").with("datesOfBirth", List.of("1983-09-21"))
                .with("addresses", List.of(Map.of("lines", "4 Mill Lane", "town", "Leeds", "postcode", "LS6 2AB")))
                .warning("WEAPONS", "2022-02-01").vulnerability("SUBSTANCE_MISUSE", "2023-01-01").build());
        index.catchUp();

        browser.go("/");
        browser.type(By.id("q"), "caoimhe fitzgerlad 21/9/1983");
        browser.find(By.id("q")).sendKeys(Keys.ENTER);
        browser.waitForPath("/?q=");

        WebElement hit = browser.waitFor(By.cssSelector(".hit"));
        assertThat(hit.findElement(By.cssSelector(".hit-name a")).getText()).isEqualTo("FITZGERALD, Caoimhe");
        assertThat(hit.findElement(By.cssSelector(".hit-name a")).getAttribute("href")).endsWith("/people/" + id);
        assertThat(hit.findElement(By.cssSelector(".confidence")).getText()).containsPattern("match · \\d+%");
        assertThat(hit.findElement(By.cssSelector(".reasons")).getText()).containsIgnoringCase("surname");
        assertThat(hit.findElements(By.cssSelector(".badge")).stream().map(WebElement::getText))
                .contains("Warning: Weapons", "Vulnerable: Substance misuse");
        assertThat(hit.getText()).contains("21/09/1983", "4 Mill Lane, Leeds, LS6 2AB");
        browser.screenshot("search-results");
        browser.assertAccessible();
    }

    @Test
    void resultsComeAsTheOfficerTypesWithoutPressingEnter() {
        long id = browser.recordPerson(person("Peregrine", "Throckmorton").with("datesOfBirth", List.of("1961-01-30")).build());
        index.catchUp();

        browser.go("/");
        // The session runs from the server's last sight of the officer: live results restart the page's warning timer.
        browser.driver().executeScript("document.addEventListener('peel:session-extended', function () {"
                + " document.body.setAttribute('data-session-extended', 'yes'); });");
        browser.find(By.id("q")).sendKeys("peregrine throckmorten");

        browser.waitFor(By.cssSelector("#results a[href='/people/" + id + "']"));
        assertThat(browser.path()).startsWith("/?q=peregrine");
        browser.waitForText(By.id("search-status"), "found");
        browser.waitFor(By.cssSelector("body[data-session-extended='yes']"));
    }

    @Test
    void anAliasMatchSaysWhichAliasMatched() {
        browser.recordPerson(person("Everton", "Gayle").name("ALIAS", "Linford", "Braithwaite")
                .with("datesOfBirth", List.of("1966-04-09")).build());
        index.catchUp();

        browser.go("/?forenames=Linford&surname=Braithwaite&dob=1966");

        WebElement hit = browser.waitFor(By.cssSelector(".hit"));
        assertThat(hit.findElement(By.cssSelector(".alias-note")).getText())
                .isEqualTo("Matched on alias BRAITHWAITE, Linford");
        assertThat(browser.find(By.cssSelector("details.more-fields")).getAttribute("open")).isNotNull();
    }

    @Test
    void aDateOfBirthPeelCannotReadIsMarkedOnItsFieldAndLinkedFromTheSummary() {
        browser.go("/?q=smith&dob=31/02/1985");

        WebElement summary = browser.waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(summary);
        assertThat(summary.getText()).contains("Date of birth '31/02/1985' is not a real date: February 1985 has 28 days");
        assertThat(browser.text(By.id("dob-error"))).contains("is not a real date");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        summary.findElement(By.cssSelector("a[href='#dob']")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("dob");
        browser.screenshot("search-error");
        browser.assertAccessible();
    }

    @Test
    void theEmptySearchPageHasNoAccessibilityProblems() {
        browser.go("/");

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Search for a person");
        assertThat(browser.text(By.cssSelector(".account"))).contains("Signed in as Test Officer");
        browser.screenshot("search");
        browser.assertAccessible();
    }

    @Test
    void whenTooManyMatchThePageSaysSoAndHowToNarrowTheSearch() {
        for (int i = 0; i < 30; i++) {
            browser.recordPerson(person(i % 2 == 0 ? "Olusegun" : "Olu", "Adeyemi-Okafor").with("datesOfBirth",
                    List.of((1950 + i) + "-05-0" + (1 + i % 9))).build());
        }
        index.catchUp();

        browser.go("/?q=olusegun+adeyemi-okafor");

        WebElement callout = browser.waitFor(By.cssSelector(".warning-callout"));
        assertThat(callout.getText()).contains("Too many people match").contains("date of birth");
        assertThat(browser.text(By.cssSelector(".results-title"))).endsWith("people found");
        assertThat(browser.find(By.cssSelector("a[rel=next]")).getAttribute("href")).contains("page=1");
    }

    @Test
    void theSearchFormWorksWithoutJavaScript() {
        long id = browser.recordPerson(person("Siobhan", "Ni Dhuibhir").with("datesOfBirth", List.of("1990-10-10")).build());
        index.catchUp();

        try (Browser plain = Browser.withoutJavaScript(port).signInAs(TestUsers.OFFICER)) {
            plain.go("/");
            plain.type(By.id("q"), "siobhan ni dhuibhir 1990");
            plain.find(By.cssSelector(".search-row button")).click();

            plain.waitFor(By.cssSelector("#results a[href='/people/" + id + "']"));
        }
    }
}
