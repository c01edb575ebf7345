package org.peel.server.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peel.server.testing.PersonJson.person;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peel.server.access.Role;
import org.peel.server.testing.Api;
import org.peel.server.testing.PeelIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every kind of bad input is answered 400 with problem details naming the field, and stores nothing. */
@PeelIntegrationTest
class PeopleBadInputTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long peopleBefore;
    long auditBefore;
    long changesBefore;

    @BeforeEach
    void countRows() {
        peopleBefore = count("person");
        auditBefore = count("audit_entry");
        changesBefore = count("change_log");
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private Api.Response create(Object body) {
        return Api.as(port, Role.OFFICER).post("/api/people", body);
    }

    private Api.Response createRaw(String json) {
        return Api.as(port, Role.OFFICER).post("/api/people", json);
    }

    private void assertRefused(Api.Response response, String... fields) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.json().path("title").asString()).isNotBlank();
        assertThat(response.errorFields()).containsExactlyInAnyOrder(fields);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(count("person")).isEqualTo(peopleBefore);
        assertThat(count("change_log")).isEqualTo(changesBefore);
        assertThat(count("audit_entry")).isEqualTo(auditBefore);
    }

    @Test
    void aMissingSurnameIsRefused() {
        assertRefused(create(person("John", "").build()), "names[0].surname");
    }

    @Test
    void aSurnameWithoutLettersIsRefused() {
        assertRefused(create(person("John", "1234").build()), "names[0].surname");
    }

    @Test
    void aPersonWithNoNamesIsRefused() {
        assertRefused(createRaw("{\"sex\":\"MALE\",\"names\":[]}"), "names");
    }

    @Test
    void anImpossibleDateOfBirthIsRefused() {
        Api.Response response = create(person("John", "Smith").with("datesOfBirth", List.of("1985-02-30")).build());

        assertRefused(response, "datesOfBirth[0]");
        assertThat(response.json().path("errors").get(0).path("message").asString()).isEqualTo("'1985-02-30' is not a real date: February 1985 has 28 days");
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        assertRefused(create(person("John", "Smith").with("datesOfBirth", List.of("2999-01-01")).build()),
                "datesOfBirth[0]");
    }

    @Test
    void aDateOfBirthThatIsNotADateIsRefusedSayingHowToWriteIt() {
        Api.Response response = create(person("John", "Smith").with("datesOfBirth", List.of("mid eighties")).build());

        assertRefused(response, "datesOfBirth[0]");
        assertThat(response.json().path("errors").get(0).path("message").asString())
                .isEqualTo("'mid eighties' is not a date: write it as 14/02/1991, 14/2/91 or 1991-02-14");
    }

    @Test
    void aDateOfBirthIsTakenAsOfficersWriteItAndStoredTheOneWay() {
        Api.Response response = create(person("John", "Smith").with("datesOfBirth",
                List.of("14/2/91", "5 july 1994", "03/1985")).build());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("datesOfBirth").toString())
                .isEqualTo("[\"1991-02-14\",\"1994-07-05\",\"1985-03\"]");
    }

    @Test
    void aMalformedPostcodeIsRefused() {
        assertRefused(create(person("John", "Smith")
                        .with("addresses", List.of(Map.of("lines", "1 Any Road", "postcode", "XYZ 123"))).build()),
                "addresses[0].postcode");
    }

    @Test
    void anUnknownMarkerTypeIsRefused() {
        assertRefused(create(person("John", "Smith").warning("GRUMPY", "2020-01-01").build()),
                "warningMarkers[0].type");
    }

    @Test
    void aVulnerabilityTypeUsedAsAWarningIsRefused() {
        assertRefused(create(person("John", "Smith").warning("DEMENTIA", "2020-01-01").build()),
                "warningMarkers[0].type");
    }

    @Test
    void aMarkerEndingBeforeItStartsIsRefused() {
        assertRefused(createRaw("""
                {"names":[{"surname":"Smith"}],"warningMarkers":[{"type":"VIOLENT","startDate":"2020-01-01","endDate":"2019-01-01"}]}
                """), "warningMarkers[0].endDate");
    }

    @Test
    void anUnknownIdentifierTypeAndAMalformedValueAreBothNamed() {
        assertRefused(create(person("John", "Smith").with("identifiers", List.of(
                        Map.of("type", "LIBRARY_CARD", "value", "123"),
                        Map.of("type", "NATIONAL_INSURANCE", "value", "not an NI number"))).build()),
                "identifiers[0].type", "identifiers[1].value");
    }

    @Test
    void oversizedTextIsRefused() {
        assertRefused(create(person("John", "S".repeat(101)).build()), "names[0].surname");
    }

    @Test
    void anOversizedMarkerNoteIsRefused() {
        assertRefused(createRaw("{\"names\":[{\"surname\":\"Smith\"}],\"warningMarkers\":[{\"type\":\"VIOLENT\","
                + "\"startDate\":\"2020-01-01\",\"note\":\"" + "x".repeat(2001) + "\"}]}"), "warningMarkers[0].note");
    }

    @Test
    void malformedJsonIsRefused() {
        assertRefused(createRaw("{\"names\": [{\"surname\": \"Smith\""), "body");
    }

    @Test
    void aWrongTypeIsRefusedNamingTheField() {
        assertRefused(createRaw("{\"names\": \"Smith\"}"), "names");
    }

    @Test
    void aNumberWhereTextBelongsIsRefusedNamingTheNestedField() {
        assertRefused(createRaw("{\"names\": [{\"surname\": {\"a\": 1}}]}"), "names[0].surname");
    }

    @Test
    void anUnknownFieldIsRefusedSoThatAMisspeltFieldIsNotSilentlyDropped() {
        assertRefused(createRaw("{\"names\": [{\"surnme\": \"Smith\"}]}"), "names[0].surnme");
    }

    @Test
    void anUnknownSexIsRefused() {
        assertRefused(create(person("John", "Smith").with("sex", "X").build()), "sex");
    }

    @Test
    void twoPrimaryNamesAreRefused() {
        assertRefused(create(person("John", "Smith").name("PRIMARY", "Jon", "Smith").build()), "names");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertRefused(create(person("John", "").with("datesOfBirth", List.of("1985-13-01"))
                        .with("addresses", List.of(Map.of("lines", "1 Road", "postcode", "nope"))).build()),
                "names[0].surname", "datesOfBirth[0]", "addresses[0].postcode");
    }

    @Test
    void aBadUpdateChangesNothing() {
        long id = create(person("Jane", "Doe").build()).json().path("id").asLong();
        countRows();

        assertRefused(Api.as(port, Role.OFFICER).put("/api/people/" + id,
                person("Jane", "").with("version", 0).build()), "names[0].surname");
        assertThat(Api.as(port, Role.OFFICER).get("/api/people/" + id).json().path("version").asLong()).isZero();
    }
}
