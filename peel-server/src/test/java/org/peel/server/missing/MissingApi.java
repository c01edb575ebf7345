package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peel.server.testing.Api;
import org.peel.server.testing.Records;

import tools.jackson.databind.JsonNode;

/** Builds missing-person reports and the requests that follow them, over the API: valid by default. */
public final class MissingApi extends Records {

    MissingApi(int port) {
        super(port, "Missingtest");
    }

    /** An adult on record. */
    long adult() {
        return personBorn(ADULT_BIRTH);
    }

    /** A valid report of this person last seen at {@code lastSeenAt}, graded {@code grade}. */
    public static Map<String, Object> report(long personId, Instant lastSeenAt, String grade) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", personId);
        body.put("lastSeenAt", lastSeenAt.toString());
        body.put("lastSeenPlace", "Outside the library, Stratford Road");
        body.put("lastSeenPostcode", "b11 4ab");
        body.put("lastSeenBy", "Her sister");
        body.put("circumstances", "Left home after an argument and did not come back; not answering her phone.");
        body.put("description", "Blue hooded top, black jeans, white trainers; shoulder-length dark hair.");
        body.put("associates", "Friend Jordan at the college");
        body.put("places", "The park on Ladypool Road; her grandmother's flat");
        body.put("medicalNeeds", "Asthma: has no inhaler with her");
        body.put("inCare", false);
        body.put("reportedBy", "Mrs Carol Brown (mother)");
        body.put("reporterContact", "07700 900123");
        body.put("risk", assessment(null, grade));
        return body;
    }

    static Map<String, Object> assessment(Long version, String grade) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (version != null) {
            body.put("version", version);
        }
        body.put("grade", grade);
        body.put("riskFactors", new ArrayList<>(List.of("OUT_OF_CHARACTER", "MEDICATION_NEEDED")));
        body.put("rationale", "Out of character and without her inhaler; the weather is cold tonight.");
        return body;
    }

    static Map<String, Object> information(Instant obtainedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learned", "Seen getting on a number 50 bus towards the city centre.");
        body.put("source", "Bus driver, National Express West Midlands");
        body.put("obtainedAt", obtainedAt.toString());
        body.put("place", "Stratford Road bus stop");
        body.put("postcode", "B11 1AA");
        return body;
    }

    static Map<String, Object> found(long version, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("outcome", "FOUND");
        body.put("at", at.toString());
        body.put("place", "Her grandmother's flat");
        body.put("postcode", "B12 9QY");
        body.put("by", "PC 1234 Smith");
        body.put("condition", "Safe and well; cold and hungry");
        return body;
    }

    static Map<String, Object> interview(long version, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("conductedAt", at.toString());
        body.put("conductedBy", "Children's services return-home worker");
        body.put("notes", "Went missing after a row about school; no harm while away; referred to early help.");
        return body;
    }

    JsonNode report(Map<String, Object> body) {
        Api.Response response = officer().post("/api/missing/episodes", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    JsonNode view(long episodeId) {
        Api.Response response = officer().get("/api/missing/episodes/" + episodeId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    JsonNode assess(long episodeId, long version, String grade) {
        Api.Response response = officer().post("/api/missing/episodes/" + episodeId + "/assessments",
                assessment(version, grade));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /** A supervisor confirms the episode's latest assessment. */
    JsonNode confirmLatest(JsonNode episode) {
        Api.Response response = supervisor().post(confirmationPath(episode),
                Map.of("version", episode.path("version").asLong(), "note", "Agreed."));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static String confirmationPath(JsonNode episode) {
        JsonNode assessments = episode.path("assessments");
        long latest = assessments.get(assessments.size() - 1).path("id").asLong();
        return "/api/missing/episodes/" + episode.path("id").asLong() + "/assessments/" + latest + "/confirmation";
    }

    JsonNode close(long episodeId, Map<String, Object> closure) {
        Api.Response response = officer().post("/api/missing/episodes/" + episodeId + "/closure", closure);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
