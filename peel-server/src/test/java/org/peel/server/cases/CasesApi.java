package org.peel.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.peel.server.access.Role;
import org.peel.server.access.UserAccounts;
import org.peel.server.testing.Api;
import org.peel.server.testing.PersonJson;
import org.peel.server.testing.TestUsers;

import tools.jackson.databind.JsonNode;

/**
 * Builds what the investigation tests need over the API: people, crimes, missing episodes, investigations (valid by
 * default), and officers and supervisors of their own so that each test's work lists hold only its own records.
 */
public final class CasesApi {

    private final int port;
    private final UserAccounts accounts;

    public CasesApi(int port, UserAccounts accounts) {
        this.port = port;
        this.accounts = accounts;
    }

    public Api as(String username) {
        return Api.as(port, username);
    }

    public Api officer() {
        return as(TestUsers.OFFICER);
    }

    public Api supervisor() {
        return as(TestUsers.SUPERVISOR);
    }

    /** A new user with this role, named after {@code stem}, with the tests' password. */
    public String newUser(String stem, Role role) {
        String username = stem + "." + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfAbsent(username, "Test " + stem, TestUsers.PASSWORD, EnumSet.of(role));
        return username;
    }

    /** A person on record born on {@code dateOfBirth}. */
    public long person(String dateOfBirth) {
        StringBuilder surname = new StringBuilder("Casetest");
        UUID.randomUUID().toString().replace("-", "").chars().limit(8)
                .forEach(hex -> surname.append((char) ('a' + Character.digit(hex, 16))));
        Api.Response created = officer().post("/api/people", PersonJson.person("Sam", surname.toString())
                .with("datesOfBirth", List.of(dateOfBirth)).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    public long adult() {
        return person("1980-06-01");
    }

    /** A crime recorded against this victim an hour ago: the crime's JSON. */
    public JsonNode crime(long victimId, String offenceCode) {
        Instant reported = Instant.now().minusSeconds(3600);
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("reportedAt", reported.toString());
        incident.put("channel", "NON_EMERGENCY_101");
        incident.put("victimIds", List.of(victimId));
        incident.put("location", Map.of("lines", "12 High Street", "town", "Birmingham", "postcode", "b11 4ab"));
        incident.put("account", "Caller says her partner pushed her against the wall during an argument.");
        incident.put("crimeRelated", true);
        Api.Response registered = officer().post("/api/incidents", incident);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Map<String, Object> crime = new LinkedHashMap<>();
        crime.put("version", registered.json().path("version").asLong());
        crime.put("offenceCode", offenceCode);
        crime.put("committedFrom", reported.minusSeconds(1800).toString());
        Api.Response recorded = officer().post("/api/incidents/" + registered.json().path("id").asLong() + "/crimes",
                crime);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().get(0);
    }

    public JsonNode crime() {
        return crime(adult(), "8N");
    }

    /** Finalises a crime with outcome 18 (investigation complete, no suspect identified). */
    public void finalise(long crimeId) {
        JsonNode crime = officer().get("/api/crimes/" + crimeId).json();
        Api.Response finalised = supervisor().post("/api/crimes/" + crimeId + "/outcome", Map.of(
                "version", crime.path("version").asLong(), "outcomeCode", "18",
                "rationale", "No CCTV, no forensic opportunities, no witnesses."));
        assertThat(finalised.status()).as(finalised.toString()).isEqualTo(200);
    }

    /** A missing-person episode graded {@code grade}: the episode's id. */
    public long missingEpisode(String grade) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("personId", adult());
        report.put("lastSeenAt", Instant.now().minusSeconds(7200).toString());
        report.put("lastSeenPlace", "Outside the library, Stratford Road");
        report.put("circumstances", "Left home after an argument and did not come back; not answering her phone.");
        report.put("inCare", false);
        report.put("reportedBy", "Mrs Carol Brown (mother)");
        report.put("reporterContact", "07700 900123");
        report.put("risk", Map.of("grade", grade, "riskFactors", List.of("OUT_OF_CHARACTER"),
                "rationale", "Out of character and she has no money or phone with her."));
        Api.Response reported = officer().post("/api/missing/episodes", report);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        return reported.json().path("id").asLong();
    }

    /** A valid new investigation: the officer in charge, the supervisor, and a crime or occurrence list. */
    public static Map<String, Object> investigation(String officer, String supervisor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Assault at 12 High Street");
        body.put("summary", "Victim pushed against a wall by her partner.");
        body.put("priority", "STANDARD");
        body.put("officerInCharge", officer);
        body.put("supervisor", supervisor);
        body.put("plan", "Take the victim's statement; seek CCTV from the shop opposite; arrest the suspect.");
        body.put("crimes", new ArrayList<>());
        body.put("occurrences", new ArrayList<>());
        body.put("people", new ArrayList<>());
        return body;
    }

    public static Map<String, Object> crimeLink(long crimeId, List<String> flags, String risk) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("crimeId", crimeId);
        link.put("flags", flags);
        if (risk != null) {
            link.put("risk", risk);
        }
        return link;
    }

    public static Map<String, Object> occurrence(String type, Long missingEpisodeId) {
        Map<String, Object> occurrence = new LinkedHashMap<>();
        occurrence.put("type", type);
        occurrence.put("occurredAt", Instant.now().minusSeconds(5400).toString());
        occurrence.put("summary", "School raised a concern: the child arrived hungry and with bruises on the arm.");
        if (missingEpisodeId != null) {
            occurrence.put("missingEpisodeId", missingEpisodeId);
        }
        return occurrence;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> with(Map<String, Object> body, String list, Object item) {
        ((List<Object>) body.get(list)).add(item);
        return body;
    }

    /** Opens an investigation as {@code username}: the investigation's JSON. */
    public JsonNode open(String username, Map<String, Object> body) {
        Api.Response opened = as(username).post("/api/investigations", body);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json();
    }

    public JsonNode view(long id) {
        Api.Response viewed = officer().get("/api/investigations/" + id);
        assertThat(viewed.status()).as(viewed.toString()).isEqualTo(200);
        return viewed.json();
    }

    /** The tasks of an investigation created by this policy rule. */
    public static List<JsonNode> tasksOfRule(JsonNode investigation, String ruleCode) {
        List<JsonNode> tasks = new ArrayList<>();
        investigation.path("tasks").forEach(task -> {
            if (ruleCode.equals(task.path("ruleCode").asString(null))) {
                tasks.add(task);
            }
        });
        return tasks;
    }

    public static JsonNode task(JsonNode investigation, long taskId) {
        for (JsonNode task : investigation.path("tasks")) {
            if (task.path("id").asLong() == taskId) {
                return task;
            }
        }
        throw new AssertionError("no task " + taskId + " in " + investigation);
    }
}
