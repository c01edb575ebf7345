package org.peel.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.MutableClock;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The review queue and a review as a supervisor uses them, in a real browser, checked with axe-core. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionPagesTest {

    @RegisterExtension
    final Browser supervisor = Browser.signedInAs(TestUsers.SUPERVISOR);

    @Autowired
    MutableClock clock;

    @Test
    void aSupervisorReachesTheQueueFromTheNavigationAndErasesADueRecordAfterConfirming() {
        String surname = Records.uniqueSurname("Browsed");
        clock.set(Instant.now().minus(Duration.ofDays(7 * 366)));
        long id;
        try {
            id = supervisor.recordPerson(PersonJson.person("Bryony", surname).build());
        } finally {
            clock.reset();
        }

        supervisor.go("/");
        supervisor.find(By.linkText("Retention review")).click();
        supervisor.waitForPath("/retention");
        assertThat(supervisor.text(By.tagName("h1"))).isEqualTo("Retention review");
        supervisor.assertAccessible();

        supervisor.go("/retention/people/" + id);
        assertThat(supervisor.text(By.tagName("h1"))).contains(surname.toUpperCase());
        supervisor.assertAccessible();
        supervisor.type(By.id("erase-reason"), "No further police interest");
        supervisor.find(By.xpath("//button[text()='Erase the record']")).click();
        supervisor.waitFor(By.cssSelector(".error-summary"));
        assertThat(supervisor.text(By.cssSelector(".error-summary"))).contains("Confirm the erasure");
        supervisor.assertAccessible();

        supervisor.find(By.id("confirm")).click();
        supervisor.find(By.xpath("//button[text()='Erase the record']")).click();
        supervisor.waitForText(By.cssSelector(".notice"), "Erased person " + id);

        supervisor.go("/people/" + id);
        assertThat(supervisor.text(By.tagName("main"))).contains("erased record")
                .contains("by " + TestUsers.SUPERVISOR + ": No further police interest").doesNotContain(surname);
        supervisor.assertAccessible();
    }
}
