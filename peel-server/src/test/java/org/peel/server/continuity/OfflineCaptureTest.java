package org.peel.server.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Api;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.NetworkSwitch;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.Records;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Offline capture in a real browser: the recording forms open while the server cannot be reached (the relay in
 * front of it refuses every connection), what the officer submits is kept on the device, and once the server is back
 * each record is stored exactly once, found in the database. Each test has its own browser (a fresh profile: no
 * service worker, no kept pages) signed in through its own relay.
 */
@BrowserTest
class OfflineCaptureTest {

    @LocalServerPort
    int serverPort;

    @Autowired
    JdbcTemplate database;

    @Autowired
    SearchIndexMaintenance index;

    NetworkSwitch network;
    Browser officer;

    @BeforeEach
    void openABrowserBehindASwitch() {
        network = NetworkSwitch.inFrontOf(serverPort);
        officer = Browser.open(network.port()).signInAs(TestUsers.OFFICER);
    }

    @AfterEach
    void close() {
        officer.close();
        network.close();
    }

    @Test
    void aPersonAnIncidentACrimeAndAMissingReportRecordedWhileTheServerCannotBeReachedAreEachStoredOnceWhenItIsBack() {
        Api api = Api.as(serverPort, TestUsers.OFFICER);
        String victimSurname = Records.uniqueSurname("Offline");
        String missingSurname = Records.uniqueSurname("Offline");
        long victim = person(api, "Odile", victimSurname);
        long missing = person(api, "Ilse", missingSurname);
        long incident = incident(api, victim);
        index.catchUp();
        keepsPagesForOffline();
        officer.go("/incidents/" + incident);
        waitUntilKept("/incidents/" + incident);
        String surname = Records.uniqueSurname("Offline");
        String account = "Offline " + surname + ": a bicycle taken from the rack outside the station.";
        String place = "Offline " + surname + " bus shelter";

        // The incident form is open, its victim picked, when the connection goes: what is on the form stays.
        officer.go("/incidents/new");
        new Select(officer.find(By.id("channel"))).selectByVisibleText("101 call");
        officer.pick("victimIds", "odile " + victimSurname, victim);
        officer.type(By.id("location-lines"), "Station Approach");
        officer.type(By.id("location-postcode"), "b12 9qy");
        officer.type(By.id("account"), account);

        network.off();
        assertThatThrownBy(() -> new Socket("localhost", network.port()).close()).isInstanceOf(ConnectException.class);

        // A double click: the form is posted a second time straight after the first.
        officer.driver().executeScript("const form = arguments[0]; form.requestSubmit(arguments[1]);"
                + " setTimeout(() => form.requestSubmit(arguments[1]), 30);", officer.find(By.cssSelector("main form")),
                officer.find(By.cssSelector("main form > button[type=submit]")));
        savedOnTheDevice(1);

        officer.go("/people/new");
        String firstKey = officer.find(By.name("idempotencyKey")).getAttribute("value");
        officer.go("/people/new");
        assertThat(officer.text(By.id("offline-copy-notice"))).contains("Peel cannot be reached");
        assertThat(officer.find(By.name("idempotencyKey")).getAttribute("value"))
                .as("each opening of the kept form is a new record with its own key").isNotEqualTo(firstKey);
        officer.assertAccessible();
        officer.type(By.id("names-0-forenames"), "Marguerite");
        officer.type(By.id("names-0-surname"), surname);
        officer.find(By.cssSelector("main form button[value=check]")).click();
        savedOnTheDevice(2);

        officer.go("/incidents/" + incident);
        assertThat(officer.text(By.id("offline-copy-notice"))).contains("saved on this device");
        assertThat(officer.text(By.cssSelector("section[aria-labelledby=record-title] [data-field=victimIds] .picked")))
                .as("the incident's victim is picked on the kept copy").containsIgnoringCase(victimSurname);
        new Select(officer.find(By.id("offenceCode"))).selectByValue("28E");
        officer.find(By.cssSelector("section[aria-labelledby=record-title] form > button[type=submit]")).click();
        savedOnTheDevice(3);

        // Offline the picker cannot find anyone: the officer is told, types the name and sends the form anyway.
        officer.go("/missing/new");
        assertThat(officer.text(By.id("offline-copy-notice"))).contains("Peel cannot be reached");
        officer.type(By.id("personId"), "ilse " + missingSurname);
        assertThat(officer.waitFor(By.cssSelector("[data-field=personId] [data-picker-offline=find]")).getText())
                .contains("Finding people needs a connection to Peel");
        officer.type(By.id("lastSeenPlace"), place);
        officer.type(By.id("circumstances"), "Did not come home from work.");
        officer.type(By.id("reportedBy"), "Her partner");
        officer.type(By.id("reporterContact"), "07700 900456");
        new Select(officer.find(By.id("risk-grade"))).selectByValue("MEDIUM");
        officer.type(By.id("risk-rationale"), "Out of character; no known vulnerabilities.");
        // "Record a new person" posts the form, as would "Find" on a page whose picker script did not load: a picker
        // step is never kept as a record; the officer stays on the form with what was typed, and is told why.
        officer.find(By.cssSelector("button[value='new:personId']")).click();
        pickerStepNotSent();
        WebElement find = officer.find(By.cssSelector("button[value='find:personId']"));
        officer.driver().executeScript("arguments[0].querySelector('[data-picker-results]').replaceChildren();"
                + " arguments[1].form.requestSubmit(arguments[1]);",
                officer.find(By.cssSelector("[data-field=personId]")), find);
        pickerStepNotSent();
        assertThat(onTheDevice()).containsEntry("records", 3L);
        officer.assertAccessible();
        officer.find(By.cssSelector("main form > button[type=submit]")).click();
        savedOnTheDevice(4);
        assertThat(states()).containsOnly("Saved on this device, not yet sent");
        assertThat(officer.text(By.cssSelector(".offline-record:last-child h3")))
                .contains("ilse " + missingSurname + " (not picked yet)");
        officer.screenshot("offline-saved-on-device");
        officer.assertAccessible();
        assertThat(count("SELECT COUNT(*) FROM person_name WHERE surname = ?", surname)).isZero();

        network.on();
        officer.go("/offline");
        waitForStates("Sent and stored", "Sent and stored", "Sent and stored", "Came back with errors to fix");

        assertThat(count("SELECT COUNT(*) FROM person_name WHERE surname = ?", surname)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM incident WHERE account = ?", account)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM incident_victim v JOIN incident i ON i.id = v.incident_id"
                + " WHERE i.account = ? AND v.person_id = ?", account, victim)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM crime WHERE incident_id = ?", incident)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM missing_episode WHERE last_seen_place = ?", place)).isZero();
        assertThat(officer.text(By.cssSelector(".offline-record:last-child .error-summary")))
                .contains("Person", "nobody picked");
        officer.screenshot("offline-sent");
        officer.assertAccessible();

        // Back online, the officer opens the report, picks the person the name was typed for, and it is stored once.
        clickAsTheListSettles(By.xpath("//button[text()='Open the form to fix it']"));
        officer.waitFor(By.cssSelector(".error-summary"));
        assertThat(officer.path()).isEqualTo("/missing/new");
        assertThat(officer.find(By.id("personId")).getAttribute("value")).isEqualTo("ilse " + missingSurname);
        assertThat(officer.find(By.id("lastSeenPlace")).getAttribute("value")).isEqualTo(place);
        officer.find(By.cssSelector("button[value='find:personId']")).click();
        officer.waitFor(By.cssSelector("button[value='pick:personId:" + missing + "']")).click();
        officer.waitFor(By.cssSelector("[data-field=personId] .picked a[href='/people/" + missing + "']"));
        officer.find(By.cssSelector("main form > button[type=submit]")).click();
        officer.waitForPath("/missing/episodes/");
        assertThat(count("SELECT COUNT(*) FROM missing_episode WHERE last_seen_place = ? AND person_id = ?", place,
                missing)).isEqualTo(1);

        officer.go("/offline");
        clickAsTheListSettles(By.linkText("Open the record"));
        officer.waitForPathMatching("/incidents/\\d+");
        assertThat(officer.text(By.tagName("main"))).contains(account);
    }

    @Test
    void thePagesLinkAWebAppManifestThatChromiumCanInstall() {
        officer.go("/");
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = (Map<String, Object>) officer.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('link[rel=manifest]').href)
                  .then(response => response.json().then(json => done({type: response.headers.get('Content-Type'),
                      name: json.name, display: json.display, startUrl: json.start_url,
                      icons: json.icons.map(icon => icon.sizes)})));
                """);
        assertThat(manifest).containsEntry("name", "Peel police records").containsEntry("display", "standalone")
                .containsEntry("startUrl", "/").containsEntry("icons", List.of("192x192", "512x512"));
        assertThat((String) manifest.get("type")).startsWith("application/manifest+json");
        assertThat(officer.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/assets/icons/peel-512.png').then(response => done(response.status + ' '
                    + response.headers.get('Content-Type')));
                """)).isEqualTo("200 image/png");
    }

    @Test
    void aRecordThatComesBackWithErrorsIsListedAndOpensAgainWithWhatWasTypedToBeCorrected() {
        keepsPagesForOffline();
        String account = "Offline " + Records.uniqueSurname("Fix") + ": graffiti on the underpass wall.";
        network.off();
        officer.go("/incidents/new");
        // The kept form was never opened while online: its picker's script was kept with it.
        officer.type(By.id("victimIds"), "anyone");
        assertThat(officer.waitFor(By.cssSelector("[data-field=victimIds] [data-picker-offline=find]")).getText())
                .contains("Finding people needs a connection to Peel");
        officer.find(By.id("victimIds")).clear();
        new Select(officer.find(By.id("channel"))).selectByVisibleText("In person");
        officer.type(By.id("location-lines"), "The underpass, Mill Lane");
        officer.type(By.id("location-postcode"), "XYZ 123");
        officer.type(By.id("account"), account);
        officer.find(By.cssSelector("main form > button[type=submit]")).click();
        savedOnTheDevice(1);

        network.on();
        officer.go("/offline");
        waitForStates("Came back with errors to fix");
        assertThat(officer.text(By.cssSelector(".offline-record .error-summary"))).contains("Postcode");
        officer.assertAccessible();
        officer.go("/");
        assertThat(officer.waitFor(By.id("offline-banner")).getText()).contains("1 record came back for you to look at");

        officer.go("/offline");
        waitForStates("Came back with errors to fix");
        clickAsTheListSettles(By.xpath("//button[text()='Open the form to fix it']"));
        officer.waitFor(By.cssSelector(".error-summary"));
        assertThat(officer.path()).isEqualTo("/incidents/new");
        assertThat(officer.find(By.id("account")).getAttribute("value")).isEqualTo(account);
        assertThat(officer.find(By.id("location-postcode")).getAttribute("value")).isEqualTo("XYZ 123");
        officer.type(By.id("location-postcode"), "B12 9QY");
        officer.find(By.cssSelector("main form > button[type=submit]")).click();
        officer.waitForPathMatching("/incidents/\\d+");

        assertThat(count("SELECT COUNT(*) FROM incident WHERE account = ?", account)).isEqualTo(1);
    }

    @Test
    void aPersonWhoMayAlreadyBeKnownComesBackToBeLookedAtAndIsRecordedOnceTheOfficerGivesAReason() {
        String surname = Records.uniqueSurname("Known");
        Api.Response known = Api.as(serverPort, TestUsers.OFFICER).post("/api/people",
                PersonJson.person("Evangeline", surname).build());
        assertThat(known.status()).as(known.toString()).isEqualTo(201);
        keepsPagesForOffline();
        network.off();
        officer.go("/people/new");
        new Select(officer.find(By.id("sex"))).selectByVisibleText("Male");
        officer.type(By.id("names-0-forenames"), "Evangeline");
        officer.type(By.id("names-0-surname"), surname);
        officer.type(By.id("datesOfBirth-0"), Records.ADULT_BIRTH);
        officer.find(By.cssSelector("main form button[value=check]")).click();
        savedOnTheDevice(1);

        network.on();
        officer.go("/offline");
        waitForStates("Came back: Peel needs you to look at it");
        assertThat(officer.text(By.cssSelector(".offline-record .error-summary"))).contains("already known");
        assertThat(count("SELECT COUNT(*) FROM person_name WHERE surname = ?", surname)).isEqualTo(1);

        clickAsTheListSettles(By.xpath("//button[text()='Open the form to fix it']"));
        officer.waitFor(By.id("justification"));
        assertThat(officer.find(By.id("names-0-surname")).getAttribute("value")).isEqualTo(surname);
        officer.type(By.id("justification"), "Different person: the one on record has another address and history.");
        officer.find(By.cssSelector("main form button[value=confirm]")).click();
        officer.waitForPathMatching("/people/\\d+");

        assertThat(count("SELECT COUNT(*) FROM person_name WHERE surname = ?", surname)).isEqualTo(2);
    }

    @Test
    void whenEveryRequestIsAnswered503TheKeptFormsOpenAndARecordIsKeptThenStoredOnce() {
        keepsPagesForOffline();
        String surname = Records.uniqueSurname("Unavailable");
        network.answer503();

        officer.go("/people/new");
        assertThat(officer.text(By.id("offline-copy-notice"))).contains("Peel cannot be reached");
        officer.type(By.id("names-0-forenames"), "Bartholomew");
        officer.type(By.id("names-0-surname"), surname);
        officer.find(By.cssSelector("main form button[value=check]")).click();
        savedOnTheDevice(1);
        assertThat(count("SELECT COUNT(*) FROM person_name WHERE surname = ?", surname)).isZero();

        network.on();
        officer.go("/offline");
        waitForStates("Sent and stored");
        assertThat(count("SELECT COUNT(*) FROM person_name WHERE surname = ?", surname)).isEqualTo(1);
    }

    @Test
    void recordsOnTheDeviceAreSentOnlyAsTheOfficerWhoMadeThemAndSigningOutDeletesThem() {
        keepsPagesForOffline();
        String surname = Records.uniqueSurname("Owner");
        network.off();
        officer.go("/people/new");
        officer.type(By.id("names-0-forenames"), "Rosalind");
        officer.type(By.id("names-0-surname"), surname);
        officer.find(By.cssSelector("main form button[value=check]")).click();
        savedOnTheDevice(1);

        // The session ends without signing out (it timed out), and a colleague signs in on the same device.
        network.on();
        officer.driver().manage().deleteAllCookies();
        officer.signInAs(TestUsers.SUPERVISOR);
        officer.go("/offline");
        officer.waitForText(By.id("offline-queue"), "kept for them until they sign in here");
        assertThat(officer.findAll(By.cssSelector(".offline-record"))).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM person_name WHERE surname = ?", surname)).isZero();
        signOut();

        officer.signInAs(TestUsers.OFFICER);
        officer.go("/offline");
        waitForStates("Sent and stored");
        assertThat(count("SELECT COUNT(*) FROM person_name WHERE surname = ?", surname)).isEqualTo(1);
        Long recorded = database.queryForObject("SELECT person_id FROM person_name WHERE surname = ?", Long.class,
                surname);
        assertThat(database.queryForList("SELECT username FROM audit_entry WHERE action = 'COLLECTION'"
                + " AND record_type = 'person' AND record_id = ?", String.class, String.valueOf(recorded)))
                .containsExactly(TestUsers.OFFICER);

        signOut();
        assertThat(onTheDevice()).containsEntry("records", 0L).containsEntry("keptPages", 0L);
    }

    // ---- helpers

    private static long person(Api api, String forenames, String surname) {
        Api.Response created = api.post("/api/people", PersonJson.person(forenames, surname).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static long incident(Api api, long victim) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedAt", Instant.now().minusSeconds(3600).toString());
        body.put("channel", "EMERGENCY_999");
        body.put("victimIds", List.of(victim));
        body.put("location", Map.of("lines", "4 Church Lane", "postcode", "B12 9QY"));
        body.put("account", "A shed broken into and a lawnmower taken.");
        body.put("crimeRelated", true);
        Api.Response created = api.post("/api/incidents", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** Opens a page while the server answers, and waits until the service worker keeps the forms for this officer. */
    private void keepsPagesForOffline() {
        officer.go("/");
        waitUntil(() -> "true".equals(officer.find(By.tagName("html")).getAttribute("data-offline-ready")));
        // A page whose loading began before the worker was active may stay outside it; the next one is inside.
        officer.go("/");
        waitUntil(() -> Boolean.TRUE.equals(officer.driver().executeScript(
                "return navigator.serviceWorker.controller !== null")));
        waitUntilKept("/people/new");
    }

    private void waitUntilKept(String path) {
        waitUntil(() -> Boolean.TRUE.equals(officer.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                caches.open('peel-pages').then(cache => cache.match(arguments[0])).then(found => done(!!found));
                """, path)));
    }

    private void savedOnTheDevice(int records) {
        officer.waitForPath("/offline?saved=");
        waitUntil(() -> officer.findAll(By.cssSelector(".offline-record")).size() == records);
        assertThat(officer.text(By.id("offline-saved-notice"))).startsWith("Saved on this device, not yet sent");
    }

    /** A picker step posted offline: nothing kept, the officer is still on the form, told why. */
    private void pickerStepNotSent() {
        assertThat(officer.waitFor(By.cssSelector("[data-field=personId] [data-picker-offline=sent]")).getText())
                .contains("nothing was sent and nothing is saved yet");
        assertThat(officer.path()).isEqualTo("/missing/new");
        assertThat(officer.find(By.id("personId")).getAttribute("value")).startsWith("ilse ");
        assertThat(officer.find(By.id("risk-rationale")).getAttribute("value"))
                .isEqualTo("Out of character; no known vulnerabilities.");
    }

    private void waitForStates(String... expected) {
        try {
            waitUntil(() -> states().equals(List.of(expected)));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(states()).as("records on " + officer.path() + ": " + officer.text(By.tagName("main")))
                    .containsExactly(expected);
        }
    }

    /** Clicks a button of the /offline list, finding it again if the page redrew the list just then. */
    private void clickAsTheListSettles(By button) {
        for (int attempt = 1; ; attempt++) {
            try {
                officer.waitFor(button).click();
                return;
            } catch (org.openqa.selenium.WebDriverException redrawn) {
                boolean stale = redrawn instanceof org.openqa.selenium.StaleElementReferenceException
                        || String.valueOf(redrawn.getMessage()).contains("does not belong to the document");
                if (!stale || attempt == 3) {
                    throw redrawn;
                }
            }
        }
    }

    /** The states listed on /offline, read in one go: the page redraws its list as records are sent. */
    @SuppressWarnings("unchecked")
    private List<String> states() {
        return (List<String>) officer.driver().executeScript("return Array.from(document.querySelectorAll("
                + "'.offline-record .offline-state strong')).map(state => state.innerText.trim());");
    }

    private void signOut() {
        officer.find(By.cssSelector(".account button")).click();
        officer.waitForPath("/login?signedOut");
    }

    private Map<String, Object> onTheDevice() {
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>) officer.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const opening = indexedDB.open('peel-offline', 1);
                opening.onsuccess = () => {
                  const count = opening.result.transaction('records').objectStore('records').count();
                  count.onsuccess = () => caches.has('peel-pages')
                      .then(kept => kept ? caches.open('peel-pages').then(cache => cache.keys()) : [])
                      .then(pages => done({records: count.result, keptPages: pages.length}));
                };
                """);
        return found;
    }

    private long count(String sql, Object... arguments) {
        Long found = database.queryForObject(sql, Long.class, arguments);
        return found == null ? 0 : found;
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(officer.driver(), Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }
}
