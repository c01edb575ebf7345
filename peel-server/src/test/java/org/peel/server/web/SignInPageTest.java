package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class SignInPageTest {

    @LocalServerPort
    int port;

    @Test
    void anOfficerSignsInLandsOnSearchAndSignsOut() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/");
            browser.waitForPath("/login");
            browser.screenshot("sign-in");
            browser.assertAccessible();

            browser.signInAs(TestUsers.OFFICER);
            assertThat(browser.path()).isIn("/", "/?continue");
            assertThat(browser.text(By.cssSelector(".account"))).contains("Signed in as Test Officer");

            browser.find(By.cssSelector(".account button")).click();
            browser.waitFor(By.cssSelector(".notice"));
            assertThat(browser.text(By.cssSelector(".notice"))).contains("You have signed out");
            browser.assertAccessible();
            browser.go("/");
            browser.waitForPath("/login");
        }
    }

    @Test
    void aWrongPasswordIsToldPlainlyAndLinkedToTheUserName() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.type(By.id("username"), TestUsers.OFFICER);
            browser.type(By.id("password"), "not-the-password");
            browser.find(By.cssSelector("main button[type=submit]")).click();

            browser.waitFor(By.cssSelector(".error-summary"));
            assertThat(browser.text(By.cssSelector(".error-summary"))).contains("The user name or password is not right");
            browser.screenshot("sign-in-error");
            browser.assertAccessible();
        }
    }

    @Test
    void theAccessibilityCheckFindsAProblemWhenAPageHasOne() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.driver().executeScript("document.getElementById('username').removeAttribute('id');"
                    + "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\\'/x.png\\'>');");

            assertThat(browser.accessibilityViolations()).anyMatch(violation -> violation.startsWith("image-alt"))
                    .anyMatch(violation -> violation.startsWith("label"));
        }
    }
}
