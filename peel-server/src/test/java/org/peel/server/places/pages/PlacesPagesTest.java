package org.peel.server.places.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.peel.server.places.PlacesApi;
import org.peel.server.testing.Api;
import org.peel.server.testing.Browser;
import org.peel.server.testing.BrowserTest;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.TestUsers;

/** The places pages and the network view in a real browser, each checked with axe-core. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacesPagesTest {

    @RegisterExtension
    final Browser officer = Browser.signedInAs(TestUsers.OFFICER);

    private long created(String path, Object body) {
        Api.Response created = officer.api().post(path, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private void link(String fromKind, long fromId, String role, String toKind, long toId) {
        created("/api/links", Map.of("fromKind", fromKind, "fromId", fromId, "role", role, "toKind", toKind,
                "toId", toId));
    }

    @Test
    void theNetworkOfAFamilyIsDrawnAndListedAndFilteredByLinkType() {
        long mother = officer.recordPerson(PersonJson.person("Maureen", "Ashworth").build());
        long son = officer.recordPerson(PersonJson.person("Darren", "Ashworth").build());
        long friend = officer.recordPerson(PersonJson.person("Kyle", "Brennan").build());
        String postcode = PlacesApi.uniquePostcode();
        long home = created("/api/locations", PlacesApi.address("14 Acacia Avenue", "Manchester", postcode));
        created("/api/locations/" + home + "/warnings", Map.of("type", "DANGEROUS_DOG", "note", "Two dogs."));
        long car = created("/api/vehicles", Map.of("registration", PlacesApi.uniqueRegistration(), "make", "Vauxhall",
                "model", "Corsa", "colour", "Silver"));
        link("PERSON", mother, "LIVES_AT", "LOCATION", home);
        link("PERSON", son, "LIVES_AT", "LOCATION", home);
        link("PERSON", mother, "KEEPER", "VEHICLE", car);
        link("PERSON", friend, "DRIVER", "VEHICLE", car);

        officer.go("/network/person/" + mother);
        assertThat(officer.text(By.tagName("h1"))).isEqualTo("Network of ASHWORTH, Maureen");
        assertThat(officer.findAll(By.cssSelector("svg.network-graph a.network-node"))).hasSize(5);
        assertThat(officer.findAll(By.cssSelector("svg.network-graph line"))).hasSize(4);
        assertThat(officer.findAll(By.cssSelector(".network-links-table tbody tr"))).hasSize(4);
        assertThat(officer.text(By.tagName("main"))).contains("BRENNAN, Kyle", "Registered keeper", "Driver");
        officer.screenshot("network");
        officer.assertAccessible();

        // A keyboard user reaches the records in the drawing with Tab.
        WebElement firstNode = officer.find(By.cssSelector("svg.network-graph a.network-node"));
        firstNode.sendKeys(Keys.TAB);
        assertThat(officer.driver().switchTo().activeElement().getAttribute("class")).contains("network-node");

        officer.find(By.id("role-LIVES_AT")).click();
        officer.find(By.cssSelector("form.network-filter button[type=submit]")).click();
        officer.waitForPathMatching(".*role=LIVES_AT.*");
        assertThat(officer.findAll(By.cssSelector("svg.network-graph a.network-node"))).hasSize(3);
        assertThat(officer.text(By.cssSelector(".network-links-table"))).doesNotContain("BRENNAN");
        officer.assertAccessible();
    }

    @Test
    void aNetworkOfMoreThan200RecordsSaysSo() {
        long hub = created("/api/locations", PlacesApi.address("1 Market Square", "Leeds", PlacesApi.uniquePostcode()));
        for (int i = 0; i < 201; i++) {
            long phone = created("/api/phones", Map.of("number", PlacesApi.uniqueMobile()));
            link("PHONE", phone, "SEEN_AT", "LOCATION", hub);
        }

        officer.go("/network/location/" + hub);

        assertThat(officer.text(By.cssSelector(".network-capped"))).startsWith("Showing 200 of 202 records found");
        assertThat(officer.findAll(By.cssSelector("svg.network-graph a.network-node"))).hasSize(200);
        officer.assertAccessible();
    }

    @Test
    void anOfficerRecordsALocationAddsAWarningAndFindsItByPartOfTheAddress() {
        String postcode = PlacesApi.uniquePostcode();
        officer.go("/places");
        assertThat(officer.find(By.cssSelector("nav .nav a[aria-current=page]")).getText()).isEqualTo("Places and things");
        officer.assertAccessible();
        officer.find(By.linkText("location")).click();
        officer.type(By.id("lines"), "27 Laburnum Crescent");
        officer.type(By.id("town"), "Manchester");
        officer.type(By.id("postcode"), "M14 5CX");
        officer.find(By.cssSelector("main form button[type=submit]")).click();
        assertThat(officer.text(By.cssSelector(".error-summary"))).contains("Postcode");
        officer.assertAccessible();

        officer.type(By.id("postcode"), postcode.toLowerCase());
        officer.find(By.cssSelector("main form button[type=submit]")).click();
        officer.waitForPathMatching("/locations/\\d+");
        assertThat(officer.text(By.tagName("h1"))).isEqualTo("27 Laburnum Crescent, Manchester, " + postcode);

        officer.find(By.xpath("//summary[normalize-space()='Add a warning']")).click();
        new Select(officer.find(By.id("type"))).selectByValue("FIREARMS");
        officer.type(By.id("warningNote"), "Intelligence: handgun hidden in the shed.");
        officer.find(By.xpath("//button[normalize-space()='Add the warning']")).click();
        officer.waitFor(By.cssSelector(".location-warnings"));
        assertThat(officer.text(By.cssSelector(".location-warnings"))).contains("Firearms believed at the address",
                "handgun");
        officer.screenshot("location-with-warning");
        officer.assertAccessible();

        officer.go("/places?q=" + java.net.URLEncoder.encode("27 laburnum cres " + postcode,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(officer.findAll(By.cssSelector("main table tbody tr"))).hasSize(1);
        assertThat(officer.text(By.cssSelector("main table"))).contains("Firearms believed at the address");
        officer.assertAccessible();
    }

    @Test
    void theIncidentPageShowsTheWarningAtItsAddress() {
        String postcode = PlacesApi.uniquePostcode();
        long home = created("/api/locations", PlacesApi.address("5 Pear Tree Road", "Birmingham", postcode));
        created("/api/locations/" + home + "/warnings", Map.of("type", "VIOLENT_OCCUPANT", "note",
                "Assaulted officers in 2024."));
        Map<String, Object> incident = new java.util.LinkedHashMap<>();
        incident.put("channel", "EMERGENCY_999");
        incident.put("victimIds", List.of());
        incident.put("location", Map.of("lines", "5 pear tree rd", "postcode", postcode));
        incident.put("account", "Shouting and breaking glass heard from the house.");
        incident.put("crimeRelated", true);
        long incidentId = created("/api/incidents", incident);

        officer.go("/incidents/" + incidentId);

        assertThat(officer.text(By.cssSelector(".location-warnings"))).contains("Violent occupant",
                "Assaulted officers");
        officer.assertAccessible();
    }

    @Test
    void theIncidentLinksToItsLocationAndTheLocationLinksBack() {
        String postcode = PlacesApi.uniquePostcode();
        long home = created("/api/locations", PlacesApi.address("9 Rowan Close", "Birmingham", postcode));
        created("/api/locations/" + home + "/warnings", Map.of("type", "DANGEROUS_DOG", "note",
                "Two dogs loose in the garden."));
        Map<String, Object> incident = new java.util.LinkedHashMap<>();
        incident.put("channel", "NON_EMERGENCY_101");
        incident.put("victimIds", List.of());
        incident.put("location", Map.of("lines", "9 rowan cl", "postcode", postcode.toLowerCase()));
        incident.put("account", "Neighbour reports a break-in at the garage.");
        incident.put("crimeRelated", true);
        long incidentId = created("/api/incidents", incident);

        officer.go("/incidents/" + incidentId);
        officer.find(By.cssSelector("dl.facts a[href='/locations/" + home + "']")).click();

        officer.waitForPath("/locations/" + home);
        assertThat(officer.text(By.cssSelector("main"))).contains("Dangerous dog");
        officer.assertAccessible();
        officer.find(By.cssSelector("main a[href='/incidents/" + incidentId + "']")).click();
        officer.waitForPath("/incidents/" + incidentId);
        officer.assertAccessible();
    }
}
