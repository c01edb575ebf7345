package org.peel.server.people;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one class that reads and writes {@code person_version}: each version of a person as JSON, so that an earlier
 * version can be shown although the current-state tables are replaced on each change. A person never changed has
 * no row here: their only version is the current one.
 */
@Repository
class PersonHistory {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PersonHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps a change: the version before it (unless already kept) and the version after it. */
    void keep(Person before, Person after) {
        boolean beforeKept = jdbc.sql("SELECT COUNT(*) FROM person_version WHERE person_id = :id AND version = :v")
                .param("id", before.id()).param("v", before.version()).query(Long.class).single() > 0;
        if (!beforeKept) {
            insert(before, before.updatedAt() == null ? before.createdAt() : before.updatedAt(),
                    before.updatedBy() == null ? before.createdBy() : before.updatedBy());
        }
        insert(after, after.updatedAt(), after.updatedBy());
    }

    /** The person as they were at {@code version}, when that version was kept. */
    Optional<Person> version(long id, long version) {
        return jdbc.sql("SELECT content FROM person_version WHERE person_id = :id AND version = :v")
                .param("id", id).param("v", version).query(String.class).optional()
                .map(content -> json.readerFor(Person.class)
                        // A kept version holds what the API wrote, derived properties (an address's "current") too.
                        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(content));
    }

    /** The versions kept of a person, oldest first. */
    List<Long> versions(long id) {
        return jdbc.sql("SELECT version FROM person_version WHERE person_id = :id ORDER BY version")
                .param("id", id).query(Long.class).list();
    }

    /**
     * What a change altered, field by field, as {@code field: before -> after} in JSON: the before-and-after
     * values an alteration's audit entry carries.
     */
    String difference(Person before, Person after) {
        JsonNode was = json.valueToTree(before);
        JsonNode now = json.valueToTree(after);
        Map<String, String> changed = new LinkedHashMap<>();
        for (String field : List.of("sex", "names", "datesOfBirth", "identifiers", "addresses", "warningMarkers",
                "vulnerabilityMarkers")) {
            if (!was.path(field).equals(now.path(field))) {
                changed.put(field, was.path(field) + " -> " + now.path(field));
            }
        }
        List<String> lines = new ArrayList<>();
        changed.forEach((field, change) -> lines.add(field + ": " + change));
        return lines.isEmpty() ? "no detail changed" : String.join("; ", lines);
    }

    private void insert(Person person, Instant at, String by) {
        jdbc.sql("INSERT INTO person_version (person_id, version, recorded_at, recorded_by, content)"
                        + " VALUES (:id, :v, :at, :by, :content)")
                .param("id", person.id()).param("v", person.version())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by)
                .param("content", json.writeValueAsString(person))
                .update();
    }
}
