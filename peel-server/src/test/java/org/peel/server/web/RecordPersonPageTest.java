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
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditEntry;
import org.peel.server.audit.AuditLog;
import org.peel.server.people.People;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordPersonPageTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexMaintenance index;

    @Autowired
    AuditLog auditLog;

    @RegisterExtension
    final Browser browser = Browser.signedInAs(TestUsers.OFFICER);

    void fillIn(String forenames, String surname, String dateOfBirth) {
        browser.go("/people/new");
        new Select(browser.find(By.id("sex"))).selectByVisibleText("Female");
        browser.type(By.id("names-0-forenames"), forenames);
        browser.type(By.id("names-0-surname"), surname);
        browser.type(By.id("datesOfBirth-0"), dateOfBirth);
        browser.type(By.id("addresses-0-lines"), "27 Canal Street");
        browser.type(By.id("addresses-0-postcode"), "m1 3he");
    }

    long idOnPage() {
        return Long.parseLong(browser.path().replaceAll("^/people/(\\d+).*$", "$1"));
    }

    @Test
    void recordingSomeoneAlreadyKnownIsStoppedByTheDuplicateCheckWhichShowsThem() {
        long known = browser.recordPerson(person("Catriona", "MacLeod").with("sex", "FEMALE").with("datesOfBirth", List.of("1979-11-05"))
                .vulnerability("DOMESTIC_ABUSE_VICTIM", "2024-03-01").build());
        index.catchUp();

        fillIn("Katrina", "McLeod", "1979-11-05");
        browser.find(By.cssSelector("button[value=check]")).click();

        WebElement duplicates = browser.waitFor(By.cssSelector("section.duplicates"));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("duplicates-title");
        WebElement hit = duplicates.findElement(By.cssSelector(".hit"));
        assertThat(hit.findElement(By.cssSelector(".hit-name a")).getAttribute("href")).endsWith("/people/" + known);
        assertThat(hit.findElement(By.cssSelector(".reasons")).getText()).isNotBlank();
        assertThat(hit.getText()).contains("Vulnerable: Domestic abuse victim");
        assertThat(browser.find(By.id("names-0-surname")).getAttribute("value")).isEqualTo("McLeod");
        browser.screenshot("record-person-duplicates");
        browser.assertAccessible();

        hit.findElement(By.cssSelector(".hit-name a")).click();
        browser.waitForPath("/people/" + known);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("MACLEOD, Catriona");
    }

    @Test
    void confirmingANewPersonDespiteTheDuplicateCheckNeedsAReasonWhichTheAuditLogKeeps() {
        browser.recordPerson(person("Grzegorz", "Brzeczyszczykiewicz").with("sex", "FEMALE").with("datesOfBirth", List.of("1971-04-22"))
                .build());
        index.catchUp();
        fillIn("Grzegorz", "Brzeczyszczykiewicz", "1971-04-22");
        browser.find(By.cssSelector("button[value=check]")).click();
        browser.waitFor(By.cssSelector("section.duplicates"));

        browser.find(By.cssSelector("button[value=confirm]")).click();
        WebElement summary = browser.waitFor(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("Reason is needed");
        browser.assertAccessible();

        String reason = "Different person: PNC check shows the known Grzegorz is in custody in Poland";
        browser.type(By.id("justification"), reason);
        browser.find(By.cssSelector("button[value=confirm]")).click();

        browser.waitFor(By.cssSelector(".notice-success"));
        long created = idOnPage();
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("BRZECZYSZCZYKIEWICZ, Grzegorz");
        List<AuditEntry> entries = auditLog.entriesFor(People.RECORD_TYPE, created);
        assertThat(entries).filteredOn(entry -> entry.action() == AuditAction.COLLECTION)
                .singleElement().satisfies(entry -> {
                    assertThat(entry.justification()).isEqualTo(reason);
                    assertThat(entry.username()).isEqualTo(TestUsers.OFFICER);
                });
    }

    @Test
    void someoneNewIsRecordedStraightAwayWhenNoOneLikeThemIsKnown() {
        fillIn("Xiomara", "Quenby-Zielinska", "2001-08-17");
        browser.type(By.id("names-1-forenames"), "Xio");
        browser.type(By.id("names-1-surname"), "Zielinska");
        new Select(browser.find(By.id("warningMarkers-0-type"))).selectByVisibleText("Escaper");
        browser.type(By.id("warningMarkers-0-startDate"), "2025-01-10");
        browser.screenshot("record-person");
        browser.assertAccessible();
        browser.find(By.cssSelector("button[value=check]")).click();

        browser.waitFor(By.cssSelector(".notice-success"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("QUENBY-ZIELINSKA, Xiomara");
        assertThat(browser.text(By.cssSelector("section.markers"))).contains("Warning: Escaper");
        assertThat(browser.text(By.tagName("main"))).contains("ZIELINSKA, Xio", "27 Canal Street, M1 3HE");
    }

    @Test
    void aNewPersonWithoutASurnameOrWithAFutureBirthDateIsNotRecorded() {
        browser.go("/people/new");
        browser.type(By.id("names-0-forenames"), "Nameless");
        browser.type(By.id("datesOfBirth-0"), "2999-01-01");
        browser.find(By.cssSelector("button[value=check]")).click();

        browser.waitFor(By.cssSelector(".error-summary"));
        assertThat(browser.path()).isEqualTo("/people/new");
        assertThat(browser.text(By.id("names-0-surname-error"))).contains("Surname is required");
        assertThat(browser.text(By.id("datesOfBirth-0-error"))).contains("is in the future");
        assertThat(browser.find(By.id("names-0-forenames")).getAttribute("value")).isEqualTo("Nameless");
        browser.screenshot("record-person-errors");
        browser.assertAccessible();
    }

    @Test
    void anAnalystMayNotOpenTheFormToRecordAPerson() {
        try (Browser analyst = Browser.open(port).signInAs(TestUsers.ANALYST)) {
            analyst.go("/people/new");

            assertThat(analyst.text(By.tagName("h1"))).isEqualTo("You cannot do this");
            analyst.screenshot("forbidden");
            analyst.assertAccessible();
        }
    }
}
