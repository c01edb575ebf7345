package org.peel.server.cases.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.peel.server.access.Role;
import org.peel.server.access.UserAccounts;
import org.peel.server.cases.CasesApi;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.PersonJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An investigator and a supervisor walk the investigation pages in a real browser, each page checked with axe-core:
 * my work, opening an investigation, linking a person found by name, a new plan version, the team and safeguarding
 * views, a supervisor's review, and the person's history.
 */
@BrowserTest
class CasePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SearchIndexMaintenance index;

    @Test
    void anInvestigatorOpensAnInvestigationLinksAPersonAndTheirSupervisorReviewsIt() {
        CasesApi api = new CasesApi(port, accounts);
        String officer = api.newUser("walkofficer", Role.OFFICER);
        String supervisor = api.newUser("walksergeant", Role.SUPERVISOR);
        String surname = "Walkthrough" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        long child;
        try (Browser investigator = Browser.open(port).signInAs(officer);
             Browser sergeant = Browser.open(port).signInAs(supervisor)) {
            child = investigator.recordPerson(PersonJson.person("Amara", surname)
                    .with("datesOfBirth", java.util.List.of("2015-05-05")).build());
            index.catchUp();

            investigator.go("/investigations");
            assertThat(investigator.find(By.cssSelector("nav .nav a[aria-current=page]")).getText())
                    .isEqualTo("Investigations");
            investigator.assertAccessible();
            investigator.find(By.linkText("Open an investigation")).click();
            investigator.waitForPath("/investigations/new");
            investigator.type(By.id("title"), "Concern for Amara " + surname);
            investigator.type(By.id("supervisor"), supervisor);
            new Select(investigator.find(By.id("occurrences-0-type"))).selectByVisibleText("Concern for a child");
            investigator.type(By.id("occurrences-0-summary"), "School reports bruising and hunger.");
            investigator.type(By.id("plan"), "Speak to the school; visit the home with social care.");
            investigator.assertAccessible();
            investigator.find(By.cssSelector("main form button[type=submit]")).click();

            investigator.waitForPathMatching("/investigations/\\d+.*");
            String page = investigator.path().replaceAll("[#?].*", "");
            assertThat(investigator.text(By.tagName("h1"))).matches("Investigation INV-\\d{4}-\\d{6}");
            String reference = investigator.text(By.tagName("h1")).substring("Investigation ".length());
            assertThat(investigator.text(By.cssSelector(".notice"))).contains("Opened investigation " + reference);
            assertThat(investigator.text(By.cssSelector("section[aria-labelledby=tasks-title]")))
                    .contains("Refer to children", "Contact the victim");
            investigator.screenshot("investigation");
            investigator.assertAccessible();

            investigator.type(By.id("person-name"), "amara " + surname);
            investigator.find(By.cssSelector("section[aria-labelledby=person-form-title] form[method=get] button"))
                    .click();
            investigator.waitFor(By.id("person-" + child)).click();
            new Select(investigator.find(By.id("person-role"))).selectByVisibleText("Victim");
            investigator.assertAccessible();
            investigator.find(By.cssSelector("section[aria-labelledby=person-form-title] form[method=post] button"))
                    .click();
            investigator.waitFor(By.cssSelector(".notice"));
            assertThat(investigator.text(By.cssSelector("section[aria-labelledby=people-title]")))
                    .contains(surname.toUpperCase() + ", Amara", "Victim");

            investigator.type(By.id("plan-text"), "Strategy meeting with social care on Monday.");
            investigator.find(By.cssSelector("section[aria-labelledby=plan-form-title] button")).click();
            investigator.waitFor(By.cssSelector(".notice"));
            assertThat(investigator.text(By.id("plan-title"))).isEqualTo("Plan, version 2");
            investigator.find(By.cssSelector("section[aria-labelledby=plan-title] details summary")).click();
            assertThat(investigator.text(By.cssSelector("section[aria-labelledby=plan-title] details")))
                    .contains("Version 1", "Speak to the school");
            investigator.assertAccessible();

            investigator.go("/investigations");
            assertThat(investigator.text(By.tagName("main"))).contains(reference, "Refer to children");
            investigator.assertAccessible();

            sergeant.go("/investigations/team");
            sergeant.assertAccessible();
            sergeant.go("/investigations/safeguarding");
            assertThat(sergeant.text(By.tagName("main"))).contains(reference, "Refer to children");
            sergeant.assertAccessible();
            sergeant.go(page);
            sergeant.type(By.id("review-rationale"), "Plan is sound; referral must go today.");
            sergeant.find(By.cssSelector("section[aria-labelledby=review-title] button")).click();
            sergeant.waitFor(By.cssSelector(".notice"));
            assertThat(sergeant.text(By.cssSelector("section[aria-labelledby=log-title]")))
                    .contains("Supervisor review", "referral must go today");
            sergeant.assertAccessible();

            sergeant.go("/people/" + child);
            sergeant.find(By.linkText("Every record in time order")).click();
            sergeant.waitForPath("/people/" + child + "/history");
            assertThat(sergeant.text(By.tagName("main"))).contains(reference, "Concern for a child", "Victim");
            sergeant.screenshot("person-history");
            sergeant.assertAccessible();
        }
    }
}
