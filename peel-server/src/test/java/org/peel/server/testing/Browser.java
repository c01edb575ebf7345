package org.peel.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium for the page tests, driven by the Debian chromedriver (never downloaded: Selenium Manager is
 * not used), with a fresh profile each time. It signs in, takes screenshots into {@code target/screenshots}, and runs
 * axe-core on the page it shows. When Chromium is not installed the test fails: it does not skip.
 *
 * <p>A page test class ({@code @PeelIntegrationTest}, {@code @TestInstance(PER_CLASS)}) keeps one signed-in browser
 * per user for all its tests with {@code @RegisterExtension final Browser officer = Browser.signedInAs(OFFICER);}:
 * it opens on the test's server and signs in before the first test, and closes after the last.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = readAxe();

    private final boolean javascript;
    private String username;
    private ChromeDriver driver;
    private int port;
    private Path profile;

    private Browser(boolean javascript, String username) {
        this.javascript = javascript;
        this.username = username;
    }

    /** A browser for a whole test class, signed in as this user (see the class comment). */
    public static Browser signedInAs(String username) {
        return new Browser(true, username);
    }

    public static Browser open(int port) {
        Browser browser = new Browser(true, null);
        browser.start(port);
        return browser;
    }

    /** A browser with JavaScript turned off, to prove the pages work without it. */
    public static Browser withoutJavaScript(int port) {
        Browser browser = new Browser(false, null);
        browser.start(port);
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String serverPort = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        start(Integer.parseInt(serverPort));
        signInAs(username);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void start(int port) {
        assertThat(new File(CHROMIUM)).as("Chromium must be installed at " + CHROMIUM).canRead();
        assertThat(new File(CHROMEDRIVER)).as("chromedriver must be installed at " + CHROMEDRIVER).canRead();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        this.port = port;
        try {
            this.profile = Files.createTempDirectory("peel-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** The WebDriver itself, for what the helpers here do not cover (focus, titles, scripts). */
    public ChromeDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get("http://localhost:" + port + path);
        return this;
    }

    public Browser signInAs(String username) {
        this.username = username;
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), TestUsers.PASSWORD);
        driver.findElement(By.cssSelector("main button[type=submit]")).click();
        waitFor(By.cssSelector(".account strong"));
        return this;
    }

    /** The API of the same server, signed in as the same user: to make the records a page will show. */
    public Api api() {
        return Api.as(port, username);
    }

    /** Records a person over the API as the signed-in user, for the pages to show: the new record's id. */
    public long recordPerson(Object body) {
        Api.Response created = api().post("/api/people", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /**
     * Picks a person in the person picker of form field {@code field} as an officer does: types {@code typed} into its
     * box, presses Find and picks the result that is {@code personId}. Works with and without JavaScript.
     */
    public void pick(String field, String typed, long personId) {
        String picker = "[data-field='" + field + "'] ";
        type(By.cssSelector(picker + "input[type=search]"), typed);
        find(By.cssSelector(picker + "button[value='find:" + field + "']")).click();
        waitFor(By.cssSelector(picker + "button[value='pick:" + field + ":" + personId + "']")).click();
        waitFor(By.cssSelector("[data-field='" + field + "'] .picked a[href='/people/" + personId + "']"));
    }

    public void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the page at a path whose address starts with {@code path} has loaded. */
    public void waitForPath(String pathPrefix) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().startsWith("http://localhost:" + port + pathPrefix));
    }

    /** Waits until the page's path (with its query) matches the regular expression, for pages reached by a redirect. */
    public void waitForPathMatching(String regex) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> path().matches(regex));
    }

    public String path() {
        return driver.getCurrentUrl().substring(("http://localhost:" + port).length());
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png} for a reviewer to look at. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.executeScript("window.scrollTo(0, 0)");
            long height = ((Number) driver.executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(Math.max(height + 120, 800), 4000)));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the page with the WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best practices, and answers
     * the violations, one line each (empty when there are none).
     */
    public List<String> accessibilityViolations() {
        driver.executeScript(AXE);
        Object found = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
                    .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ') + ' [' + n.failureSummary + ']').join(', '))))
                    .catch(error => done(['axe failed: ' + error]));
                """);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) found;
        return violations;
    }

    public void assertAccessible() {
        assertThat(accessibilityViolations()).as("axe-core violations on " + path()).isEmpty();
    }

    @Override
    public void close() {
        if (driver == null) {
            return;
        }
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException ignored) {
                // A temporary profile left behind does no harm.
            }
        }
    }

    private static String readAxe() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
