package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

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
import org.peel.server.testing.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonPagesTest {

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser browser = Browser.signedInAs(TestUsers.OFFICER);

    long recordLachlanRavenscroft() {
        return browser.recordPerson(person("Lachlan James", "Ravenscroft").name("ALIAS", "Lockie", "Ravenscraft")
                .with("datesOfBirth", List.of("1985-03-12", "1985"))
                .with("identifiers", List.of(Map.of("type", "PNC_ID", "value", "85/123456A")))
                .with("addresses", List.of(Map.of("lines", "12 High Street", "town", "Birmingham", "postcode", "B11 4AB"),
                        Map.of("lines", "3 Old Road", "town", "Walsall", "postcode", "WS1 1AA")))
                .warning("VIOLENT", "2020-01-01")
                .with("vulnerabilityMarkers", List.of(
                        Map.of("type", "MENTAL_HEALTH_VULNERABLE", "startDate", "2021-06-01",
                                "note", "Engages with the community mental health team"),
                        Map.of("type", "HOMELESS", "startDate", "2016-01-01", "endDate", "2017-05-31")))
                .build());
    }

    @Test
    void thePersonPageShowsMarkersInForceAtTheTopAndEndedOnesAsEnded() {
        long id = recordLachlanRavenscroft();

        browser.go("/people/" + id);

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("RAVENSCROFT, Lachlan James");
        WebElement markers = browser.find(By.cssSelector("section.markers"));
        assertThat(markers.findElements(By.cssSelector(".marker-warning .badge, .marker-vulnerability .badge"))
                .stream().map(WebElement::getText))
                .containsExactly("Warning: Violent", "Vulnerable: Mental ill health");
        assertThat(markers.getText()).contains("Engages with the community mental health team")
                .doesNotContain("Homeless");
        markers.findElement(By.cssSelector(".ended-markers summary")).click();
        assertThat(markers.findElement(By.cssSelector(".marker-ended")).getText())
                .contains("Ended: vulnerable: Homeless", "01/01/2016 to 31/05/2017");
        String page = browser.text(By.tagName("main"));
        assertThat(page).contains("RAVENSCRAFT, Lockie", "Alias", "12/03/1985", "Police National Computer ID", "85/123456A",
                "12 High Street, Birmingham, B11 4AB", "Last known",
                // Each address resolves to a location the person is linked to as living there.
                "Lives at", "Linked from the address recorded on the person");
        browser.screenshot("person");
        browser.assertAccessible();
    }

    @Test
    void anOfficerChangesAPersonAndSeesTheChangeSaved() {
        long id = recordLachlanRavenscroft();

        browser.go("/people/" + id);
        browser.find(By.linkText("Change details")).click();
        browser.waitForPath("/people/" + id + "/edit");
        browser.screenshot("person-edit");
        browser.assertAccessible();
        browser.type(By.id("names-0-forenames"), "Lachlan");
        browser.type(By.id("datesOfBirth-2"), "1986");
        browser.find(By.cssSelector("button[value=check]")).click();

        browser.waitFor(By.cssSelector(".notice-success"));
        assertThat(browser.path()).isEqualTo("/people/" + id);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("RAVENSCROFT, Lachlan");
        assertThat(Api.as(port, TestUsers.OFFICER).get("/api/people/" + id).json().path("datesOfBirth").toString())
                .isEqualTo("[\"1985-03-12\",\"1985\",\"1986\"]");
    }

    @Test
    void changingTheAddressKeepsTheOldOneAsAFormerAddressWithItsDates() {
        long id = browser.recordPerson(person("Morwenna", "Housemover").with("addresses",
                List.of(Map.of("lines", "5 Quay Street", "town", "Truro", "postcode", "TR1 2HE"))).build());

        browser.go("/people/" + id + "/edit");
        browser.type(By.id("addresses-0-lines"), "40 Lemon Street");
        browser.type(By.id("addresses-0-postcode"), "TR1 2NS");
        browser.type(By.id("addresses-0-from"), "2026-01-15");
        browser.find(By.cssSelector("button[value=check]")).click();

        browser.waitFor(By.cssSelector(".notice-success"));
        List<String> addresses = browser.findAll(By.cssSelector(".addresses li")).stream().map(WebElement::getText).toList();
        assertThat(addresses).hasSize(2);
        assertThat(addresses.get(0)).contains("40 Lemon Street", "TR1 2NS", "Last known", "from 15/01/2026");
        assertThat(addresses.get(1)).contains("5 Quay Street", "Former address", "until ");
        browser.assertAccessible();
        browser.go("/people/" + id + "/edit");
        assertThat(browser.text(By.cssSelector(".former-addresses"))).contains("5 Quay Street");
        assertThat(browser.find(By.id("addresses-0-lines")).getAttribute("value")).isEqualTo("40 Lemon Street");
        browser.assertAccessible();
    }

    @Test
    void badInputIsShownNextToEachFieldWithASummaryThatLinksToThem() {
        long id = recordLachlanRavenscroft();

        browser.go("/people/" + id + "/edit");
        browser.type(By.id("names-0-surname"), "");
        browser.type(By.id("addresses-1-postcode"), "NOT A POSTCODE");
        browser.type(By.id("datesOfBirth-0"), "1985-02-30");
        browser.find(By.cssSelector("button[value=check]")).click();

        WebElement summary = browser.waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(summary);
        assertThat(summary.findElements(By.tagName("a")).stream().map(link -> link.getAttribute("href")
                .replaceAll(".*#", "#"))).contains("#names-0-surname", "#addresses-1-postcode", "#datesOfBirth-0");
        assertThat(browser.text(By.id("names-0-surname-error"))).contains("Surname is required");
        assertThat(browser.text(By.id("addresses-1-postcode-error")))
                .contains("Postcode 'NOT A POSTCODE' is not a UK postcode");
        assertThat(browser.text(By.id("datesOfBirth-0-error"))).contains("February 1985 has 28 days");
        assertThat(browser.find(By.id("addresses-1-postcode")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("addresses-1-postcode")).getAttribute("value")).isEqualTo("NOT A POSTCODE");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        browser.screenshot("person-edit-errors");
        browser.assertAccessible();
        summary.findElement(By.cssSelector("a[href='#addresses-1-postcode']")).click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("addresses-1-postcode");
    }

    @Test
    void anEditOfARecordSomeoneElseChangedIsRefusedWithTheConflictExplained() {
        long id = recordLachlanRavenscroft();
        browser.go("/people/" + id + "/edit");
        Api.Response theirs = Api.as(port, TestUsers.SUPERVISOR).put("/api/people/" + id,
                person("Lachlan James", "Ravenscroft").with("version", 0).build());
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);

        browser.type(By.id("names-0-forenames"), "Jonathan");
        browser.find(By.cssSelector("button[value=check]")).click();

        WebElement conflict = browser.waitFor(By.cssSelector(".error-summary"));
        assertThat(conflict.getText()).contains("Someone else changed this record",
                "you edited version 0, it is now at version 1", "Nothing you typed has been saved");
        assertThat(browser.find(By.id("names-0-forenames")).getAttribute("value")).isEqualTo("Jonathan");
        assertThat(Api.as(port, TestUsers.OFFICER).get("/api/people/" + id).json().path("names").get(0)
                .path("forenames").asString()).isEqualTo("Lachlan James");
        browser.assertAccessible();
    }

    @Test
    void anUnknownPersonGetsAPlainNotFoundPage() {
        browser.go("/people/987654321");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Page not found");
        assertThat(browser.text(By.tagName("body"))).doesNotContain("Exception", "at org.");
        browser.screenshot("not-found");
        browser.assertAccessible();
    }

    @Test
    void thePeopleListLinksToEachPerson() {
        long id = recordLachlanRavenscroft();

        browser.go("/people");
        while (browser.findAll(By.cssSelector("a[href='/people/" + id + "']")).isEmpty()) {
            browser.find(By.cssSelector("a[rel=next]")).click();
        }

        assertThat(browser.find(By.cssSelector("a[href='/people/" + id + "']")).getText()).isEqualTo("RAVENSCROFT, Lachlan James");
        browser.assertAccessible();
    }
}
