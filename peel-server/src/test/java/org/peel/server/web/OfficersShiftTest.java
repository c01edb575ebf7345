package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One officer's shift as a story, through Chromium (issue 12, "Done when"): sign in through the form, find a victim by
 * a misspelt name, record an incident picking her as victim, record the crime from it, report a child missing from
 * his page and see him marked missing in search results, find the incident again from the list by date and postcode,
 * and print the victim's page (audited as a disclosure). axe-core checks every page of the story, and each step is
 * kept as a screenshot in {@code target/screenshots/shift-*.png}.
 */
@BrowserTest
class OfficersShiftTest {

    private static final DateTimeFormatter OFFICER_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexMaintenance index;

    @Autowired
    ForceCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficerWorksAShiftFromSignInToPrintingAPersonsPage() {
        String victimSurname = Records.uniqueSurname("Mulholland");
        String childSurname = Records.uniqueSurname("Pickering");
        String postcode = "TR21 0LW";

        try (Browser officer = Browser.open(port)) {
            // Sign in through the sign-in form.
            officer.go("/login");
            officer.screenshot("shift-01-sign-in");
            officer.assertAccessible();
            officer.type(By.id("username"), TestUsers.OFFICER);
            officer.type(By.id("password"), TestUsers.PASSWORD);
            officer.find(By.cssSelector("main button[type=submit]")).click();
            officer.waitFor(By.cssSelector(".account strong"));
            assertThat(officer.path()).doesNotStartWith("/login");
            officer.screenshot("shift-02-signed-in");
            officer.assertAccessible();

            Records records = new Records(port);
            long victim = records.create(person("Catherine", victimSurname).with("sex", "FEMALE")
                    .with("datesOfBirth", List.of("1987-09-23")));
            long child = records.create(person("Jayden", childSurname).with("datesOfBirth", List.of("2013-05-04")));
            index.catchUp();

            // Find the victim by a misspelt name and her date of birth as officers type it (other tests record other
            // Catherine Mulhollands in the same database).
            String misspeltVictim = "katherine " + victimSurname.replace("Mulholland", "Mulholand").toLowerCase();
            officer.go("/");
            officer.type(By.id("q"), misspeltVictim + " 23/9/87");
            officer.find(By.cssSelector("form.search-form button[type=submit]")).click();
            WebElement victimHit = officer.waitFor(By.cssSelector(".hits .hit a[href='/people/" + victim + "']"));
            assertThat(officer.text(By.cssSelector(".hits .hit .hit-name"))).as("found first")
                    .isEqualTo(victimSurname.toUpperCase() + ", Catherine");
            officer.screenshot("shift-03-found-by-misspelt-name");
            officer.assertAccessible();
            victimHit.click();
            officer.waitForPath("/people/" + victim);
            assertThat(officer.text(By.tagName("h1"))).isEqualTo(victimSurname.toUpperCase() + ", Catherine");
            officer.screenshot("shift-04-victim-page");
            officer.assertAccessible();

            // Record an incident, picking her as victim with the person picker.
            officer.go("/crime");
            officer.find(By.linkText("Record an incident")).click();
            officer.waitForPath("/incidents/new");
            new Select(officer.find(By.id("channel"))).selectByVisibleText("101 call");
            officer.type(By.id("location-lines"), "3 Hugh Street, St Mary's");
            officer.type(By.id("location-postcode"), postcode.toLowerCase());
            officer.type(By.id("account"), "Caller says her ex-partner smashed the front window and took her phone.");
            officer.pick("victimIds", misspeltVictim, victim);
            officer.screenshot("shift-05-incident-form-with-picked-victim");
            officer.assertAccessible();
            officer.find(By.cssSelector("main form > button[type=submit]")).click();
            officer.waitForPathMatching("/incidents/\\d+.*");
            long incidentId = Long.parseLong(officer.path().replaceAll("^/incidents/(\\d+).*$", "$1"));
            String incidentReference = officer.text(By.tagName("h1")).replace("Incident ", "");
            assertThat(incidentReference).matches("INC-\\d{4}-\\d{6}");
            assertThat(officer.text(By.tagName("main"))).contains(victimSurname.toUpperCase() + ", Catherine",
                    "smashed the front window", postcode);
            assertThat(jdbc.sql("SELECT person_id FROM incident_victim WHERE incident_id = :id")
                    .param("id", incidentId).query(Long.class).list()).containsExactly(victim);
            officer.screenshot("shift-06-incident-recorded");
            officer.assertAccessible();

            // Record the crime from the incident.
            new Select(officer.find(By.id("offenceCode"))).selectByValue("28E");
            officer.find(By.cssSelector("section[aria-labelledby=record-title] form > button[type=submit]")).click();
            officer.waitFor(By.cssSelector(".notice"));
            assertThat(officer.text(By.cssSelector(".notice"))).matches("Recorded crime CRM-\\d{4}-\\d{6}\\.");
            assertThat(officer.text(By.cssSelector(".clock-state"))).isEqualTo("Crime recorded within the clock");
            officer.screenshot("shift-07-crime-recorded-from-incident");
            officer.assertAccessible();
            officer.find(By.cssSelector("section[aria-labelledby=crimes-title] a")).click();
            officer.waitForPathMatching("/crimes/\\d+.*");
            assertThat(officer.text(By.cssSelector(".lead"))).startsWith("28E Burglary - residential");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM crime WHERE incident_id = :incident AND victim_person_id = :victim"
                    + " AND offence_code = '28E'").param("incident", incidentId).param("victim", victim)
                    .query(Long.class).single()).isEqualTo(1);
            officer.screenshot("shift-08-crime");
            officer.assertAccessible();

            // Report a child missing from his page.
            officer.go("/people/" + child);
            officer.assertAccessible();
            officer.find(By.linkText("Report missing")).click();
            officer.waitForPath("/missing/new");
            assertThat(officer.text(By.cssSelector("[data-field=personId] .picked")))
                    .contains(childSurname.toUpperCase() + ", Jayden");
            officer.type(By.id("lastSeenPlace"), "School gates, Church Road");
            officer.type(By.id("circumstances"), "Did not come home from school.");
            officer.type(By.id("reportedBy"), "His father");
            officer.type(By.id("reporterContact"), "07700 900111");
            new Select(officer.find(By.id("risk-grade"))).selectByValue("HIGH");
            officer.type(By.id("risk-rationale"), "Thirteen years old, out of character.");
            officer.screenshot("shift-09-report-missing-form");
            officer.assertAccessible();
            officer.find(By.cssSelector("main form > button[type=submit]")).click();
            officer.waitForPath("/missing/episodes/");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM missing_episode WHERE person_id = :child AND status = 'OPEN'")
                    .param("child", child).query(Long.class).single()).isEqualTo(1);
            officer.screenshot("shift-10-missing-episode");
            officer.assertAccessible();

            // See the child marked missing in search results.
            index.catchUp();
            officer.go("/");
            officer.type(By.id("q"), "jaden " + childSurname.toLowerCase());
            officer.find(By.cssSelector("form.search-form button[type=submit]")).click();
            officer.waitFor(By.cssSelector(".hits .hit a[href='/people/" + child + "']"));
            WebElement childHit = officer.find(By.cssSelector(".hits .hit"));
            assertThat(childHit.findElement(By.cssSelector(".hit-name")).getText())
                    .isEqualTo(childSurname.toUpperCase() + ", Jayden");
            assertThat(childHit.findElement(By.cssSelector(".badge-alert")).getText()).startsWith("Missing now · high risk");
            officer.screenshot("shift-11-child-missing-in-search");
            officer.assertAccessible();

            // Find the incident again from the list by date and postcode.
            Instant reportedAt = jdbc.sql("SELECT reported_at FROM incident WHERE id = :id").param("id", incidentId)
                    .query(Instant.class).single();
            String day = LocalDate.ofInstant(reportedAt, calendar.zone()).format(OFFICER_DATE);
            officer.go("/incidents");
            officer.type(By.id("from"), day);
            officer.type(By.id("to"), day);
            officer.type(By.id("place"), postcode);
            officer.find(By.cssSelector("form.list-filters button[type=submit]")).click();
            officer.waitForPathMatching("/incidents\\?.*place=TR21.*");
            List<String> references = officer.findAll(By.cssSelector("tbody tr td:first-child a")).stream()
                    .map(WebElement::getText).toList();
            assertThat(references).contains(incidentReference);
            officer.screenshot("shift-12-incident-list-filtered");
            officer.assertAccessible();
            officer.find(By.linkText(incidentReference)).click();
            officer.waitForPath("/incidents/" + incidentId);
            officer.assertAccessible();

            // Print the victim's page: written to the audit log as a disclosure.
            officer.go("/people/" + victim);
            officer.driver().executeScript(
                    "window.print = function () { document.body.setAttribute('data-printed', 'yes'); };");
            officer.find(By.xpath("//button[normalize-space()='Print this page']")).click();
            // The force asks for a reason before a disclosure (the default policy): the field opens on the first press.
            officer.find(By.id("print-reason")).sendKeys("IR-2026-000123 victim contact");
            officer.find(By.xpath("//button[normalize-space()='Print this page']")).click();
            officer.waitFor(By.cssSelector("body[data-printed='yes']"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE' AND record_type = 'person'"
                            + " AND record_id = :id AND username = :user")
                    .param("id", String.valueOf(victim)).param("user", TestUsers.OFFICER).query(Long.class).single())
                    .isEqualTo(1);
            assertThat(officer.find(By.cssSelector(".printed-by")).getAttribute("textContent")).contains("Printed by");
            officer.screenshot("shift-13-printed-person-page");
            officer.assertAccessible();
        }
    }
}
