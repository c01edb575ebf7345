package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peel.server.search.SearchIndexMaintenance;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages as plain HTTP sees them: status codes, headers and what must never be in them. */
@PeelIntegrationTest
class PagesOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexMaintenance index;

    Api officerBrowsing() {
        return Api.as(port, TestUsers.OFFICER).withHeader("Accept", "text/html");
    }

    @Test
    void theSignInPageIsPeelsOwn() {
        Api.Response page = Api.anonymous(port).withHeader("Accept", "text/html").get("/login");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Sign in to Peel</h1>", "name=\"_csrf\"");
    }

    @Test
    void anUnknownPageAnswers404WithAPlainPageAndNoInternals() {
        Api.Response page = officerBrowsing().get("/no/such/page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").doesNotContain("Exception", "org.springframework",
                "Whitelabel");
    }

    @Test
    void aPersonIdThatIsNotANumberIsNotFoundRatherThanAnError() {
        Api.Response page = officerBrowsing().get("/people/not-a-number");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
    }

    @Test
    void theApiStillAnswersItsErrorsWithProblemDetails() {
        Api.Response answer = Api.as(port, TestUsers.OFFICER).get("/api/people/987654321");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void anAdministratorLandsOnTheAccountsAndIsToldOnA403PageThatTheyCannotReadRecords() {
        Api.Response home = Api.as(port, TestUsers.ADMIN).withHeader("Accept", "text/html").get("/");
        Api.Response page = Api.as(port, TestUsers.ADMIN).withHeader("Accept", "text/html").get("/people");

        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).endsWith("/admin/users");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("You cannot do this").doesNotContain("Exception");
    }

    @Test
    void theLiveResultsAreJustTheResultsPartOfThePageAndSayHowLongTheSearchTook() {
        Api.as(port, TestUsers.OFFICER).post("/api/people", person("Perpetua", "Oyelaran-Hughes").build());
        index.catchUp();

        Api.Response fragment = officerBrowsing().get("/search/results?q=perpetua+oyelaran-hughes");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body().strip()).startsWith("<div id=\"results\">").doesNotContain("<html", "<header");
        assertThat(fragment.body()).contains("OYELARAN-HUGHES, Perpetua");
        assertThat(fragment.header("Server-Timing")).matches("search;dur=\\d+\\.\\d");
    }

    @Test
    void styleSheetAndScriptHaveContentHashedAddressesAndAreCachedForAYear() {
        String page = officerBrowsing().get("/").body();
        Matcher css = Pattern.compile("href=\"(/assets/css/peel-[0-9a-f]{32}\\.css)\"").matcher(page);
        Matcher js = Pattern.compile("src=\"(/assets/js/peel-[0-9a-f]{32}\\.js)\"").matcher(page);
        assertThat(css.find()).as(page).isTrue();
        assertThat(js.find()).as(page).isTrue();

        Api.Response styleSheet = Api.anonymous(port).get(css.group(1));
        Api.Response script = Api.anonymous(port).get(js.group(1));

        assertThat(styleSheet.status()).isEqualTo(200);
        assertThat(styleSheet.header("Cache-Control")).contains("max-age=31536000");
        assertThat(script.header("Cache-Control")).contains("max-age=31536000");
        // Every page loads the style sheet, peel.js and offline.js: what crosses the network, compressed as the
        // server sends it, stays small for an officer on a poor mobile signal.
        Matcher offline = Pattern.compile("src=\"(/assets/js/offline-[0-9a-f]{32}\\.js)\"").matcher(page);
        assertThat(offline.find()).as(page).isTrue();
        long sent = 0;
        for (String asset : java.util.List.of(css.group(1), js.group(1), offline.group(1))) {
            java.net.http.HttpResponse<byte[]> compressed = send(asset);
            assertThat(compressed.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
            sent += compressed.body().length;
        }
        assertThat(sent).as("bytes sent for what every page loads").isLessThan(20_000);
    }

    private java.net.http.HttpResponse<byte[]> send(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + path))
                    .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
