package org.peel.server.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.peel.match.PartialDate;
import org.peel.match.Sex;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The one class that reads and writes the person tables. */
@Repository
class PersonRepository {

    private static final String INSERT_PERSON = "INSERT INTO person (version, sex, created_at, created_by,"
            + " updated_at, updated_by) VALUES (0, :sex, :at, :username, :at, :username)";
    private static final String INSERT_NAME = "INSERT INTO person_name (person_id, position, name_type, forenames,"
            + " surname, as_written, surname_not_known, forenames_not_known, surname_key) VALUES (:id, :position, :type,"
            + " :forenames, :surname, :asWritten, :surnameNotKnown, :forenamesNotKnown, :surnameKey)";
    private static final String INSERT_BIRTH_DATE = "INSERT INTO person_birth_date (person_id, position, birth_date)"
            + " VALUES (:id, :position, :date)";
    private static final String INSERT_IDENTIFIER = "INSERT INTO person_identifier (person_id, position,"
            + " identifier_type, identifier_value) VALUES (:id, :position, :type, :value)";
    private static final String INSERT_ADDRESS = "INSERT INTO person_address (person_id, position, lines, town,"
            + " postcode, from_date, to_date, location_id) VALUES (:id, :position, :lines, :town, :postcode, :from, :to,"
            + " :location)";
    private static final String INSERT_MARKER = "INSERT INTO person_marker (person_id, position, category,"
            + " marker_type, start_date, end_date, note) VALUES (:id, :position, :category, :type, :start, :end, :note)";

    /** An erased person is a tombstone (see {@link #erase}): never read as a person, listed or counted. */
    private static final String NOT_ERASED =
            " AND NOT EXISTS (SELECT 1 FROM person_erasure e WHERE e.person_id = person.id)";
    /** Every table that holds a person's details, their history included: what an erasure empties. */
    private static final List<String> DETAIL_TABLES = List.of("person_name", "person_birth_date", "person_identifier",
            "person_address", "person_marker", "person_version");

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    PersonRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    long insert(PersonContent content, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(INSERT_PERSON)
                .param("sex", content.sex().name())
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("username", username)
                .update(key, "id");
        long id = key.getKey().longValue();
        insertParts(List.of(id), List.of(content));
        return id;
    }

    /**
     * Stores many people with a few batched statements (the import's fast path).
     *
     * @return their new ids, in the order given
     */
    List<Long> insertAll(List<PersonContent> contents, String username, Instant now) {
        if (contents.isEmpty()) {
            return List.of();
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        SqlParameterSource[] rows = contents.stream()
                .map(content -> new MapSqlParameterSource().addValue("sex", content.sex().name())
                        .addValue("at", at).addValue("username", username))
                .toArray(SqlParameterSource[]::new);
        KeyHolder keys = new GeneratedKeyHolder();
        named.batchUpdate(INSERT_PERSON, rows, keys, new String[] {"id"});
        List<Long> ids = keys.getKeyList().stream()
                .map(key -> ((Number) key.values().iterator().next()).longValue())
                .toList();
        if (ids.size() != contents.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " ids for " + contents.size()
                    + " new people");
        }
        insertParts(ids, contents);
        return ids;
    }

    /** Replaces the person's content if it is still at {@code expectedVersion}; answers whether it was. */
    boolean update(long id, long expectedVersion, PersonContent content, String username, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE person SET version = version + 1, sex = :sex, updated_at = :at, updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("sex", content.sex().name())
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("username", username)
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        for (String table : List.of("person_name", "person_birth_date", "person_identifier", "person_address",
                "person_marker")) {
            jdbc.sql("DELETE FROM " + table + " WHERE person_id = :id").param("id", id).update();
        }
        insertParts(List.of(id), List.of(content));
        return true;
    }

    /**
     * Erases a person's details: their names, dates of birth, identifiers, addresses, markers (with their notes) and
     * every kept earlier version go; the person row stays as the tombstone (its sex is forgotten too), with the
     * erasure beside it. Answers false, changing nothing, when the person does not exist or is already erased.
     */
    boolean erase(long id, String reason, String username, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE person SET version = version + 1, sex = :sex, updated_at = :at,"
                        + " updated_by = :username WHERE id = :id" + NOT_ERASED)
                .param("sex", Sex.UNKNOWN.name()).param("at", at).param("username", username).param("id", id)
                .update();
        if (updated == 0) {
            return false;
        }
        for (String table : DETAIL_TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE person_id = :id").param("id", id).update();
        }
        jdbc.sql("INSERT INTO person_erasure (person_id, erased_at, erased_by, reason) VALUES (:id, :at, :by, :reason)")
                .param("id", id).param("at", at).param("by", username).param("reason", reason).update();
        return true;
    }

    Optional<Erasure> erasure(long id) {
        return jdbc.sql("SELECT person_id, erased_at, erased_by, reason FROM person_erasure WHERE person_id = :id")
                .param("id", id)
                .query((rs, row) -> new Erasure(rs.getLong(1), instant(rs, "erased_at"), rs.getString(3),
                        rs.getString(4)))
                .optional();
    }

    /** Which of these people were erased. */
    java.util.Set<Long> erasedAmong(Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(jdbc.sql(
                        "SELECT person_id FROM person_erasure WHERE person_id IN (:ids)")
                .param("ids", ids).query(Long.class).list());
    }

    Optional<Long> currentVersion(long id) {
        return jdbc.sql("SELECT version FROM person WHERE id = :id").param("id", id).query(Long.class).optional();
    }

    Optional<Person> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** The people with these ids, in the order given; ids that do not exist are left out. */
    List<Person> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonBuilder> people = new LinkedHashMap<>();
        ids.forEach(id -> people.put(id, null));
        jdbc.sql("SELECT id, version, sex, created_at, created_by, updated_at, updated_by FROM person WHERE id IN (:ids)"
                        + NOT_ERASED)
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    PersonBuilder person = new PersonBuilder(rs.getLong("id"), rs.getLong("version"),
                            Sex.valueOf(rs.getString("sex")), instant(rs, "created_at"), rs.getString("created_by"),
                            instant(rs, "updated_at"), rs.getString("updated_by"));
                    people.put(person.id, person);
                });
        people.values().removeIf(java.util.Objects::isNull);
        if (people.isEmpty()) {
            return List.of();
        }
        Collection<Long> found = people.keySet();
        forEachRow("SELECT person_id, name_type, forenames, surname, as_written, surname_not_known,"
                + " forenames_not_known FROM person_name"
                + " WHERE person_id IN (:ids) ORDER BY person_id, position", found, rs -> {
                    boolean forenamesNotKnown = rs.getBoolean(7);
                    people.get(rs.getLong(1)).names.add(new PersonName(NameType.valueOf(rs.getString(2)),
                            rs.getString(3) == null && !forenamesNotKnown ? "" : rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6), forenamesNotKnown));
                });
        forEachRow("SELECT person_id, birth_date FROM person_birth_date"
                + " WHERE person_id IN (:ids) ORDER BY person_id, position", found, rs ->
                people.get(rs.getLong(1)).datesOfBirth.add(PartialDate.parse(rs.getString(2))));
        forEachRow("SELECT person_id, identifier_type, identifier_value FROM person_identifier"
                + " WHERE person_id IN (:ids) ORDER BY person_id, position", found, rs ->
                people.get(rs.getLong(1)).identifiers.add(new Identifier(rs.getString(2), rs.getString(3))));
        forEachRow("SELECT person_id, lines, town, postcode, from_date, to_date, location_id FROM person_address"
                + " WHERE person_id IN (:ids) ORDER BY person_id, position", found, rs ->
                people.get(rs.getLong(1)).addresses.add(new Address(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, Long.class))));
        forEachRow("SELECT person_id, category, marker_type, start_date, end_date, note FROM person_marker"
                + " WHERE person_id IN (:ids) ORDER BY person_id, position", found, rs -> {
                    MarkerCategory category = MarkerCategory.valueOf(rs.getString(2));
                    Marker marker = new Marker(category, rs.getString(3), null,
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6));
                    PersonBuilder person = people.get(rs.getLong(1));
                    (category == MarkerCategory.WARNING ? person.warnings : person.vulnerabilities).add(marker);
                });
        return people.values().stream().map(PersonBuilder::build).toList();
    }

    /** A page of person ids in id order. */
    List<Long> idsAfter(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM person WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    List<Long> pageOfIds(int offset, int limit) {
        return jdbc.sql("SELECT id FROM person WHERE 1 = 1" + NOT_ERASED + " ORDER BY id LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(Long.class)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE 1 = 1" + NOT_ERASED).query(Long.class).single();
    }

    /** Ids of people holding an identifier of this type and value. */
    List<Long> idsByIdentifier(String type, String value) {
        return jdbc.sql("""
                        SELECT DISTINCT person_id FROM person_identifier
                        WHERE identifier_type = :type AND identifier_value = :value ORDER BY person_id""")
                .param("type", type)
                .param("value", value)
                .query(Long.class)
                .list();
    }

    /**
     * People with a name (any kind) whose surname is exactly {@code surname} and whose forenames are exactly
     * {@code forenames} or start with it as whole words (any forenames when null), whatever the case; the most recently
     * recorded first, at most {@code limit}.
     */
    List<Long> idsByExactName(String forenames, String surname, int limit) {
        String key = nameKey(surname);
        String given = nameKey(forenames);
        if (given == null) {
            return jdbc.sql("""
                            SELECT person_id FROM person_name WHERE surname_key = :surname
                            GROUP BY person_id ORDER BY person_id DESC LIMIT :limit""")
                    .param("surname", key)
                    .param("limit", limit)
                    .query(Long.class)
                    .list();
        }
        return jdbc.sql("""
                        SELECT person_id FROM person_name WHERE surname_key = :surname
                        AND (UPPER(forenames) = :forenames OR UPPER(forenames) LIKE :forenamesFirst ESCAPE '!')
                        GROUP BY person_id ORDER BY person_id DESC LIMIT :limit""")
                .param("surname", key)
                .param("forenames", given)
                .param("forenamesFirst", likeEscaped(given) + " %")
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** How a name part is looked up exactly: tidied and in capitals; null when there is none. */
    static String nameKey(String part) {
        String tidy = part == null ? "" : part.strip().replaceAll("\\s+", " ");
        return tidy.isEmpty() ? null : tidy.toUpperCase(Locale.ROOT);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    java.util.Set<String> existingIdentifierValues(String type, Collection<String> values) {
        return new java.util.HashSet<>(jdbc.sql("""
                        SELECT identifier_value FROM person_identifier
                        WHERE identifier_type = :type AND identifier_value IN (:values)""")
                .param("type", type)
                .param("values", values)
                .query(String.class)
                .list());
    }

    /** A person's address not yet resolved to a location: its position and the text as stored. */
    record UnlocatedAddress(int position, String lines, String town, String postcode) {
    }

    List<UnlocatedAddress> unlocatedAddresses(long personId) {
        return jdbc.sql("SELECT position, lines, town, postcode FROM person_address WHERE person_id = :id"
                        + " AND location_id IS NULL ORDER BY position")
                .param("id", personId)
                .query((rs, row) -> new UnlocatedAddress(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    void setAddressLocation(long personId, int position, long locationId) {
        jdbc.sql("UPDATE person_address SET location_id = :location WHERE person_id = :id AND position = :position")
                .param("location", locationId).param("id", personId).param("position", position).update();
    }

    private void insertParts(List<Long> ids, List<PersonContent> contents) {
        List<SqlParameterSource> names = new ArrayList<>();
        List<SqlParameterSource> dates = new ArrayList<>();
        List<SqlParameterSource> identifiers = new ArrayList<>();
        List<SqlParameterSource> addresses = new ArrayList<>();
        List<SqlParameterSource> markers = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            long id = ids.get(i);
            PersonContent content = contents.get(i);
            for (int position = 0; position < content.names().size(); position++) {
                PersonName name = content.names().get(position);
                names.add(part(id, position).addValue("type", name.type().name())
                        .addValue("forenames", name.forenames()).addValue("surname", name.surname())
                        .addValue("asWritten", name.asWritten())
                        .addValue("surnameNotKnown", name.surnameNotKnown())
                        .addValue("forenamesNotKnown", name.forenamesNotKnown())
                        .addValue("surnameKey", nameKey(name.surname())));
            }
            for (int position = 0; position < content.datesOfBirth().size(); position++) {
                dates.add(part(id, position).addValue("date", content.datesOfBirth().get(position).toString()));
            }
            for (int position = 0; position < content.identifiers().size(); position++) {
                Identifier identifier = content.identifiers().get(position);
                identifiers.add(part(id, position).addValue("type", identifier.type())
                        .addValue("value", identifier.value()));
            }
            for (int position = 0; position < content.addresses().size(); position++) {
                Address address = content.addresses().get(position);
                addresses.add(part(id, position).addValue("lines", address.lines())
                        .addValue("town", address.town()).addValue("postcode", address.postcode())
                        .addValue("from", address.from()).addValue("to", address.to())
                        .addValue("location", address.locationId()));
            }
            List<Marker> all = new ArrayList<>(content.warningMarkers());
            all.addAll(content.vulnerabilityMarkers());
            for (int position = 0; position < all.size(); position++) {
                Marker marker = all.get(position);
                markers.add(part(id, position).addValue("category", marker.category().name())
                        .addValue("type", marker.type()).addValue("start", marker.startDate())
                        .addValue("end", marker.endDate()).addValue("note", marker.note()));
            }
        }
        batch(INSERT_NAME, names);
        batch(INSERT_BIRTH_DATE, dates);
        batch(INSERT_IDENTIFIER, identifiers);
        batch(INSERT_ADDRESS, addresses);
        batch(INSERT_MARKER, markers);
    }

    private void batch(String sql, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            named.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource part(long id, int position) {
        return new MapSqlParameterSource().addValue("id", id).addValue("position", position);
    }

    private void forEachRow(String sql, Collection<Long> ids, RowAction action) {
        jdbc.sql(sql).param("ids", ids).query((ResultSet rs) -> {
            action.accept(rs);
        });
    }

    @FunctionalInterface
    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static final class PersonBuilder {
        final long id;
        final long version;
        final Sex sex;
        final Instant createdAt;
        final String createdBy;
        final Instant updatedAt;
        final String updatedBy;
        final List<PersonName> names = new ArrayList<>();
        final List<PartialDate> datesOfBirth = new ArrayList<>();
        final List<Identifier> identifiers = new ArrayList<>();
        final List<Address> addresses = new ArrayList<>();
        final List<Marker> warnings = new ArrayList<>();
        final List<Marker> vulnerabilities = new ArrayList<>();

        PersonBuilder(long id, long version, Sex sex, Instant createdAt, String createdBy, Instant updatedAt,
                      String updatedBy) {
            this.id = id;
            this.version = version;
            this.sex = sex;
            this.createdAt = createdAt;
            this.createdBy = createdBy;
            this.updatedAt = updatedAt;
            this.updatedBy = updatedBy;
        }

        Person build() {
            return new Person(id, version, sex, List.copyOf(names), List.copyOf(datesOfBirth), List.copyOf(identifiers),
                    List.copyOf(addresses), List.copyOf(warnings), List.copyOf(vulnerabilities), createdAt, createdBy,
                    updatedAt, updatedBy);
        }
    }
}
