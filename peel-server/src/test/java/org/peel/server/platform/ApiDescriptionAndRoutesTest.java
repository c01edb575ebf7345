package org.peel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The API as its users expect: a described OpenAPI document, and wrong routes answered as problem details. */
@PeelIntegrationTest
class ApiDescriptionAndRoutesTest {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentNamesPeelAndItsVersionAndDescribesItself() {
        JsonNode info = document().path("info");

        assertThat(info.path("title").asString()).isEqualTo("Peel");
        assertThat(info.path("version").asString()).isNotBlank();
        assertThat(info.path("description").asString()).contains("problem details").contains("POST /api/tokens");
    }

    @Test
    void theOpenApiDocumentDeclaresBasicAndBearerSignInSoTheDocsHaveAnAuthorizeButton() {
        JsonNode document = document();
        JsonNode schemes = document.path("components").path("securitySchemes");

        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("token").path("scheme").asString()).isEqualTo("bearer");
        assertThat(document.path("security").toString()).contains("basic").contains("token");
    }

    @Test
    void datesOfBirthAreDescribedAsTheStringsTheApiWrites() {
        JsonNode person = document().path("components").path("schemas").path("Person");

        JsonNode datesOfBirth = person.path("properties").path("datesOfBirth");
        assertThat(datesOfBirth.path("items").path("type").asString()).isEqualTo("string");
    }

    @Test
    void theListsAreInTheDocument() {
        JsonNode paths = document().path("paths");

        assertThat(paths.path("/api/incidents").has("get")).isTrue();
        assertThat(paths.path("/api/crimes").has("get")).isTrue();
        assertThat(paths.path("/api/tokens").has("post")).isTrue();
    }

    @Test
    void anAddressPeelDoesNotHaveIsAnsweredWithProblemDetails() {
        Api.Response response = Api.as(port, Role.OFFICER).get("/api/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("title").asString()).isEqualTo("No such address");
        assertThat(response.json().path("detail").asString()).contains("/api-docs");
    }

    @Test
    void aMethodAnAddressDoesNotTakeIsAnsweredWithProblemDetailsNamingTheOnesItDoes() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/incidents")).DELETE()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (TestUsers.username(Role.OFFICER) + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = Api.parse(response.body());
        assertThat(problem.path("detail").asString()).contains("does not take DELETE").contains("GET")
                .contains("POST");
    }

    @Test
    void aPageAddressPeelDoesNotHaveStillShowsThePage() {
        Api.Response response = Api.as(port, Role.OFFICER).withHeader("Accept", "text/html").get("/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("<html");
    }

    private JsonNode document() {
        Api.Response response = Api.as(port, Role.OFFICER).get("/v3/api-docs");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
