package org.peel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The gauges an operations team graphs, as Prometheus scrapes them. */
@PeelIntegrationTest
class OperationsMetricsTest {

    @LocalServerPort
    int port;

    @Test
    void prometheusHasTheIndexLagTheCrimeClockTheMissingReviewsAndFailedSignIns() {
        String scraped = scrape();

        for (String metric : List.of("peel_search_index_lag", "peel_search_index_people",
                "peel_incidents_awaiting_decision", "peel_incidents_late", "peel_missing_reviews_overdue",
                "peel_signins_failed_total")) {
            assertThat(value(scraped, metric)).as(metric).isNotNaN().isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aLateIncidentRaisesTheLateGauge() {
        double before = value(scrape(), "peel_incidents_late");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedAt", Instant.now().minusSeconds(30 * 3600).toString());
        body.put("channel", "ONLINE");
        body.put("victimIds", List.of());
        body.put("location", Map.of("postcode", "B11 4AB"));
        body.put("account", "Reported online: a shed was broken into overnight.");
        body.put("crimeRelated", true);
        assertThat(Api.as(port, Role.OFFICER).post("/api/incidents", body).status()).isEqualTo(201);

        assertThat(value(scrape(), "peel_incidents_late")).isEqualTo(before + 1);
    }

    @Test
    void aWrongPasswordCountsAsAFailedSignIn() {
        double before = value(scrape(), "peel_signins_failed_total");

        assertThat(Api.as(port, "officer-who-forgot", "wrong password").get("/api/incidents").status())
                .isEqualTo(401);

        assertThat(value(scrape(), "peel_signins_failed_total")).isGreaterThanOrEqualTo(before + 1);
    }

    private String scrape() {
        Api.Response response = Api.anonymous(port).withHeader("Accept", "text/plain").get("/actuator/prometheus");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static double value(String scraped, String metric) {
        Matcher line = Pattern.compile("(?m)^" + metric + "(?:\\{[^}]*\\})? (\\S+)$").matcher(scraped);
        assertThat(line.find()).as(metric + " in\n" + scraped.lines().filter(l -> l.startsWith("peel"))
                .toList()).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
