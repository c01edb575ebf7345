package org.peel.server.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;

/** The audit trail page as professional standards use it, in a real browser, checked with axe-core. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailPageTest {

    @RegisterExtension
    final Browser officer = Browser.signedInAs(TestUsers.OFFICER);

    @RegisterExtension
    final Browser auditor = Browser.signedInAs(TestUsers.AUDITOR);

    @Test
    void anAuditorSeesWhoViewedAPersonAndThenWhatThatOfficerDid() {
        long id = officer.recordPerson(PersonJson.person("Gwen", Records.uniqueSurname("Trail")).build());
        officer.go("/people/" + id);

        auditor.go("/audit?recordType=person&recordId=" + id);

        assertThat(auditor.text(By.cssSelector("main h2"))).isEqualTo("Who accessed person " + id);
        assertThat(auditor.text(By.tagName("tbody"))).contains(TestUsers.OFFICER, "COLLECTION", "CONSULTATION");
        auditor.assertAccessible();
        auditor.find(By.linkText(TestUsers.OFFICER)).click();
        auditor.waitForText(By.cssSelector("main h2"), "What " + TestUsers.OFFICER + " did");
        assertThat(auditor.text(By.tagName("tbody"))).contains("person " + id);
        auditor.assertAccessible();
    }

    @Test
    void anAuditorLandsOnTheAuditTrailAndReachesItFromTheNavigation() {
        auditor.go("/");

        assertThat(auditor.path()).isEqualTo("/audit");
        assertThat(auditor.find(By.cssSelector("nav[aria-label='Professional standards'] a[aria-current=page]"))
                .getText()).isEqualTo("Audit trail");
        assertThat(auditor.findAll(By.cssSelector("nav[aria-label='Main']"))).isEmpty();
        auditor.assertAccessible();
    }

    @Test
    void aDateThatIsNotADateIsShownAgainNamingTheField() {
        auditor.go("/audit?recordType=person&recordId=1&from=yesterday");

        assertThat(auditor.text(By.cssSelector(".error-summary"))).contains("From");
        auditor.assertAccessible();
    }

    @Test
    void anOfficerCannotOpenTheAuditTrail() {
        officer.go("/audit?user=" + TestUsers.OFFICER);

        assertThat(officer.text(By.tagName("main"))).doesNotContain("What " + TestUsers.OFFICER + " did");
    }
}
