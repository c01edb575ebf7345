package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.peel.server.access.Role;
import org.peel.server.access.UserAccounts;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor restricts a person from the person's page in a real browser, an officer outside is refused the page
 * and told whom to contact, the supervisor sees the refusal on the page and lifts the restriction. Every page is
 * checked with axe-core.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestrictedPersonPageTest {

    static final String OUTSIDER = "r.outside-page";

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser supervisor = Browser.signedInAs(TestUsers.SUPERVISOR);

    @Autowired
    void outsider(UserAccounts accounts) {
        accounts.createIfAbsent(OUTSIDER, "Outside Officer", TestUsers.PASSWORD, EnumSet.of(Role.OFFICER));
    }

    @Test
    void aSupervisorRestrictsAPersonSeesTheRefusedOfficerAndLiftsTheRestriction() {
        long id = supervisor.recordPerson(person("Morwenna", "Trevithick").with("datesOfBirth",
                java.util.List.of("1979-02-03")).build());

        supervisor.go("/people/" + id);
        supervisor.assertAccessible();
        supervisor.type(By.id("users"), TestUsers.ANALYST);
        supervisor.type(By.id("team"), "Op Kestrel");
        supervisor.type(By.id("reason"), "Protected witness in Op Kestrel");
        supervisor.find(By.xpath("//button[normalize-space()='Restrict the record']")).click();
        supervisor.waitForText(By.cssSelector(".notice"), "The record is restricted");
        assertThat(supervisor.text(By.cssSelector(".person-alert-urgent"))).contains("Restricted record");
        supervisor.assertAccessible();

        try (Browser outsider = Browser.open(port)) {
            outsider.signInAs(OUTSIDER);
            outsider.go("/people/" + id);
            assertThat(outsider.text(By.cssSelector("main"))).contains("This is a restricted record")
                    .contains(TestUsers.SUPERVISOR).doesNotContain("Morwenna");
            outsider.assertAccessible();
        }

        supervisor.go("/people/" + id);
        assertThat(supervisor.text(By.cssSelector("main"))).contains("Attempts refused").contains(OUTSIDER);
        supervisor.type(By.id("liftReason"), "Trial over, witness relocated");
        supervisor.find(By.xpath("//button[normalize-space()='Lift the restriction']")).click();
        supervisor.waitForText(By.cssSelector(".notice"), "The restriction is lifted");
        supervisor.assertAccessible();
    }
}
