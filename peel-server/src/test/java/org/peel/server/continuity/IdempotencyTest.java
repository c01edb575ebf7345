package org.peel.server.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peel.server.testing.Api;
import org.peel.server.testing.PageSession;
import org.peel.server.testing.PeelIntegrationTest;
import org.peel.server.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PeelIntegrationTest
class IdempotencyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long peopleNamed(String surname) {
        return jdbc.sql("SELECT COUNT(DISTINCT person_id) FROM person_name WHERE surname = :surname")
                .param("surname", surname).query(Long.class).single();
    }

    private Api officerWithKey(String key) {
        return Api.as(port, TestUsers.OFFICER).withHeader("Idempotency-Key", key);
    }

    @Test
    void theSameKeyTwiceStoresOnceAndAnswersTheFirstResponseAgain() {
        String surname = "Idemonce" + unique();
        Api officer = officerWithKey(UUID.randomUUID().toString());

        Api.Response first = officer.post("/api/people", person("Dana", surname).build());
        Api.Response again = officer.post("/api/people", person("Dana", surname).build());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(peopleNamed(surname)).isEqualTo(1);
    }

    @Test
    void aRecordWrittenJustBeforeItsServerStoppedIsNotStoredAgainWhenTheRequestIsSentAgain() {
        String surname = "Idemcrash" + unique();
        String key = UUID.randomUUID().toString();
        Api.Response first = officerWithKey(key).post("/api/people", person("Dana", surname).build());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long id = first.json().path("id").asLong();
        assertThat(jdbc.sql("SELECT kept_record FROM idempotent_request WHERE idempotency_key = :key")
                .param("key", key).query(String.class).single())
                .as("the record is noted on its key in the transaction that wrote it").isEqualTo("person " + id);
        // What a crash between the record's commit and the stored answer leaves: the record, and a claim with no
        // answer held by a server that is gone.
        jdbc.sql("""
                        UPDATE idempotent_request SET response_status = NULL, content_type = NULL, location = NULL,
                               response_body = NULL, completed_at = NULL, claimed_by = 'a-server-that-stopped',
                               claimed_at = :longAgo
                        WHERE idempotency_key = :key""")
                .param("longAgo", java.time.OffsetDateTime.now().minusHours(1)).param("key", key).update();

        Api.Response again = officerWithKey(key).post("/api/people", person("Dana", surname).build());

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().path("type").asString()).endsWith("stored-before-restart");
        assertThat(again.json().path("detail").asString()).contains("person " + id);
        assertThat(peopleNamed(surname)).as("stored once").isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefusedWith422AndStoresNothing() {
        String surname = "Idemfirst" + unique();
        String other = "Idemother" + unique();
        Api officer = officerWithKey(UUID.randomUUID().toString());

        officer.post("/api/people", person("Erin", surname).build());
        Api.Response reused = officer.post("/api/people", person("Erin", other).build());

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().path("detail").asString()).contains("different request");
        assertThat(peopleNamed(other)).isZero();
        assertThat(peopleNamed(surname)).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesWithOneKeyStoreOnceAndAllGetTheSameAnswer() throws Exception {
        String surname = "Idemrace" + unique();
        Api officer = officerWithKey(UUID.randomUUID().toString());
        int senders = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                Callable<Api.Response> send = () -> {
                    start.await();
                    return officer.post("/api/people", person("Fay", surname).build());
                };
                answers.add(pool.submit(send));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get());
            }
            assertThat(responses).extracting(Api.Response::status).containsOnly(201);
            assertThat(responses.stream().map(response -> response.json().path("id").asLong()).distinct())
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(peopleNamed(surname)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsRefusedWith400AndStoresNothing() {
        String surname = "Idembad" + unique();
        Api.Response refused = officerWithKey("not a key!").post("/api/people", person("Gil", surname).build());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asString()).contains("Idempotency-Key");
        assertThat(peopleNamed(surname)).isZero();
    }

    @Test
    void writesWithoutAKeyAreStoredEachTimeAsBefore() {
        String surname = "Idemnokey" + unique();
        Api officer = Api.as(port, TestUsers.OFFICER);

        officer.post("/api/people", person("Hal", surname).build());
        officer.post("/api/people", person("Hal", surname).build());

        assertThat(peopleNamed(surname)).isEqualTo(2);
    }

    @Test
    void aPageFormCarriesAFreshKeySoThatPostingItTwiceRecordsThePersonOnce() throws Exception {
        PageSession officer = PageSession.as(port, TestUsers.OFFICER);
        String form = officer.get("/people/new");
        String key = PageSession.hidden(form, "idempotencyKey");
        assertThat(key).isNotBlank();
        assertThat(PageSession.hidden(officer.get("/people/new"), "idempotencyKey")).as("each form drawn gets its own key")
                .isNotEqualTo(key);
        Matcher getForms = Pattern.compile("<form[^>]*method=\"get\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(officer.get("/"));
        assertThat(getForms.find()).as("the home page has a search form").isTrue();
        do {
            assertThat(getForms.group(1)).as("a search form (GET) carries no key").doesNotContain("idempotencyKey");
        } while (getForms.find());

        String surname = "Idempage" + unique();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", PageSession.hidden(form, "_csrf"));
        fields.put("idempotencyKey", key);
        fields.put("names[0].type", "PRIMARY");
        fields.put("names[0].forenames", "Ivy");
        fields.put("names[0].surname", surname);
        fields.put("sex", "FEMALE");
        fields.put("datesOfBirth[0]", "1990-04-01");
        fields.put("action", "check");

        HttpResponse<String> first = officer.post("/people/new", fields);
        HttpResponse<String> again = officer.post("/people/new", fields);

        assertThat(first.statusCode()).as(first.body()).isIn(302, 303);
        assertThat(again.statusCode()).isEqualTo(first.statusCode());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(peopleNamed(surname)).isEqualTo(1);
    }

    private static String unique() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }
}
