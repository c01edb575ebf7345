package org.peel.server.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The one class that reads and writes {@code person_restriction} and {@code person_restriction_user}. */
@Repository
class PersonRestrictions {

    private static final String COLUMNS = "id, person_id, owner, team, reason, restricted_at, lifted_at, lifted_by,"
            + " lift_reason";

    private final JdbcClient jdbc;

    PersonRestrictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The restrictions holding now over any of these people, by person. */
    Map<Long, Restriction> current(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Restriction> byPerson = new HashMap<>();
        List<Long> ids = List.copyOf(personIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            List<Restriction> found = jdbc.sql("SELECT " + COLUMNS + " FROM person_restriction"
                            + " WHERE lifted_at IS NULL AND person_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .query(PersonRestrictions::row).list();
            withUsers(found).forEach(restriction -> byPerson.put(restriction.personId(), restriction));
        }
        return byPerson;
    }

    Optional<Restriction> current(long personId) {
        return Optional.ofNullable(current(List.of(personId)).get(personId));
    }

    /** Every restriction of a person, the newest first. */
    List<Restriction> history(long personId) {
        return withUsers(jdbc.sql("SELECT " + COLUMNS + " FROM person_restriction WHERE person_id = :id"
                        + " ORDER BY id DESC")
                .param("id", personId).query(PersonRestrictions::row).list());
    }

    /** Locks the person's row until the transaction ends, so two supervisors cannot both hold a current restriction. */
    boolean lockPerson(long personId) {
        return !jdbc.sql("SELECT id FROM person WHERE id = :id FOR UPDATE").param("id", personId)
                .query(Long.class).list().isEmpty();
    }

    long insert(long personId, String owner, List<String> users, String team, String reason, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO person_restriction (person_id, owner, team, reason, restricted_at)"
                        + " VALUES (:person, :owner, :team, :reason, :at)")
                .param("person", personId).param("owner", owner).param("team", team).param("reason", reason)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (String user : users) {
            jdbc.sql("INSERT INTO person_restriction_user (restriction_id, username) VALUES (:id, :user)")
                    .param("id", id).param("user", user).update();
        }
        return id;
    }

    void lift(long restrictionId, String by, String reason, Instant at) {
        jdbc.sql("UPDATE person_restriction SET lifted_at = :at, lifted_by = :by, lift_reason = :reason"
                        + " WHERE id = :id AND lifted_at IS NULL")
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by).param("reason", reason)
                .param("id", restrictionId).update();
    }

    private List<Restriction> withUsers(List<Restriction> restrictions) {
        if (restrictions.isEmpty()) {
            return restrictions;
        }
        Map<Long, List<String>> users = new LinkedHashMap<>();
        jdbc.sql("SELECT restriction_id, username FROM person_restriction_user WHERE restriction_id IN (:ids)"
                        + " ORDER BY restriction_id, username")
                .param("ids", restrictions.stream().map(Restriction::id).toList())
                .query((rs, row) -> users.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return restrictions.stream().map(r -> new Restriction(r.id(), r.personId(), r.owner(),
                users.getOrDefault(r.id(), List.of()), r.team(), r.reason(), r.restrictedAt(), r.liftedAt(),
                r.liftedBy(), r.liftReason())).toList();
    }

    private static Restriction row(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lifted = rs.getObject("lifted_at", OffsetDateTime.class);
        return new Restriction(rs.getLong("id"), rs.getLong("person_id"), rs.getString("owner"), List.of(),
                rs.getString("team"), rs.getString("reason"),
                rs.getObject("restricted_at", OffsetDateTime.class).toInstant(),
                lifted == null ? null : lifted.toInstant(), rs.getString("lifted_by"), rs.getString("lift_reason"));
    }
}
