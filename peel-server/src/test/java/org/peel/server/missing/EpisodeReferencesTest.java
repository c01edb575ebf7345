package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A missing-person episode typed into the home search box, as its person's page names it, goes straight to it. */
@PeelIntegrationTest
class EpisodeReferencesTest {

    @LocalServerPort
    int port;

    MissingApi api;

    @BeforeEach
    void setUp() {
        api = new MissingApi(port);
    }

    @Test
    void anEpisodeTypedAsThePersonPageNamesItGoesStraightToIt() {
        long id = api.report(MissingApi.report(api.adult(), Instant.now().minusSeconds(3600), "MEDIUM"))
                .path("id").asLong();

        for (String typed : List.of("Episode " + id, "missing " + id, "MIS-" + id, "mp" + id)) {
            Api.Response page = api.officer().get("/?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertThat(page.status()).as(typed).isEqualTo(302);
            assertThat(page.header("Location")).as(typed).endsWith("/missing/episodes/" + id);
        }
    }

    @Test
    void anEpisodeThatDoesNotExistIsNotFoundByReference() {
        Api.Response page = api.officer().get("/?q=" + URLEncoder.encode("episode 987654321", StandardCharsets.UTF_8));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("record has that reference");
    }
}
