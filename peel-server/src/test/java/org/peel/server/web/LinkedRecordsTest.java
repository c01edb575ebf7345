package org.peel.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Another module adds linked records to a person's page by providing a {@link PersonLinkSource}. */
@PeelIntegrationTest
@Import(LinkedRecordsTest.CrimeLinks.class)
class LinkedRecordsTest {

    @LocalServerPort
    int port;

    @TestConfiguration(proxyBeanMethods = false)
    static class CrimeLinks {

        @Bean
        PersonLinkSource crimeLinks() {
            return personId -> List.of(new PersonLink("Crime", "CR/2026/000" + personId, "Suspect",
                    "Burglary dwelling", "/crimes/" + personId));
        }
    }

    @Test
    void recordsFromEveryLinkSourceAreListedOnThePersonsPage() {
        long id = Api.as(port, TestUsers.OFFICER).post("/api/people", person("Ingrid", "Halvorsen").build())
                .json().path("id").asLong();

        String page = Api.as(port, TestUsers.OFFICER).withHeader("Accept", "text/html").get("/people/" + id).body();

        assertThat(page).contains("<h3>Crime</h3>", "href=\"/crimes/" + id + "\"", "CR/2026/000" + id,
                "Suspect", "Burglary dwelling").doesNotContain("No crimes, missing-person reports");
    }
}
