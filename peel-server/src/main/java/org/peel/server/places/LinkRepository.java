package org.peel.server.places;

import static org.peel.server.places.LocationRepository.at;
import static org.peel.server.places.LocationRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The one class that reads and writes the pole_link table. */
@Repository
class LinkRepository {

    /** A link as stored, before the records at its ends are described. */
    record LinkRow(long id, RecordKind fromKind, long fromId, RecordKind toKind, long toId, String role,
                   LocalDate heldFrom, LocalDate heldTo, String note, Instant createdAt, String createdBy,
                   Instant endedAt, String endedBy, String endReason) {

        String fromKey() {
            return fromKind.key(fromId);
        }

        String toKey() {
            return toKind.key(toId);
        }
    }

    private final JdbcClient jdbc;

    LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(PlacesContent.LinkContent content, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO pole_link (from_kind, from_id, from_key, to_kind, to_id, to_key, role, held_from,
                            held_to, note, created_at, created_by)
                        VALUES (:fromKind, :fromId, :fromKey, :toKind, :toId, :toKey, :role, :heldFrom, :heldTo,
                            :note, :now, :username)""")
                .param("fromKind", content.fromKind().name())
                .param("fromId", content.fromId())
                .param("fromKey", content.fromKind().key(content.fromId()))
                .param("toKind", content.toKind().name())
                .param("toId", content.toId())
                .param("toKey", content.toKind().key(content.toId()))
                .param("role", content.role())
                .param("heldFrom", content.heldFrom())
                .param("heldTo", content.heldTo())
                .param("note", content.note())
                .param("now", at(now))
                .param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<LinkRow> find(long id) {
        return jdbc.sql("SELECT * FROM pole_link WHERE id = :id").param("id", id).query(LinkRepository::row)
                .optional();
    }

    /** The ids of the links from one record to another with this role that still hold (no last day yet). */
    List<Long> holding(String fromKey, String toKey, String role) {
        return jdbc.sql("SELECT id FROM pole_link WHERE from_key = :from AND to_key = :to AND role = :role "
                        + "AND held_to IS NULL ORDER BY id")
                .param("from", fromKey).param("to", toKey).param("role", role).query(Long.class).list();
    }

    /** Ends a link that still holds; answers whether it did (false when someone ended it already). */
    boolean end(long id, LocalDate heldTo, String reason, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE pole_link SET held_to = :heldTo, end_reason = :reason, ended_at = :now,
                            ended_by = :username
                        WHERE id = :id AND held_to IS NULL""")
                .param("heldTo", heldTo).param("reason", reason).param("now", at(now)).param("username", username)
                .param("id", id).update() == 1;
    }

    /**
     * The links with an end among {@code keys}, newest first, at most {@code limit}: only those with a role in
     * {@code roles} (all when empty) and, when {@code on} is given, holding on that day. One query.
     */
    List<LinkRow> touching(Collection<String> keys, Collection<String> roles, LocalDate on, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        StringBuilder filter = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("keys", keys);
        params.put("limit", limit);
        if (!roles.isEmpty()) {
            filter.append(" AND role IN (:roles)");
            params.put("roles", roles);
        }
        if (on != null) {
            filter.append(" AND (held_from IS NULL OR held_from <= :on) AND (held_to IS NULL OR held_to >= :on)");
            params.put("on", on);
        }
        return jdbc.sql("SELECT * FROM (SELECT * FROM pole_link WHERE from_key IN (:keys)" + filter
                        + " UNION SELECT * FROM pole_link WHERE to_key IN (:keys)" + filter
                        + ") links ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .params(params).query(LinkRepository::row).list();
    }

    private static LinkRow row(ResultSet rs, int row) throws SQLException {
        return new LinkRow(rs.getLong("id"), RecordKind.valueOf(rs.getString("from_kind")), rs.getLong("from_id"),
                RecordKind.valueOf(rs.getString("to_kind")), rs.getLong("to_id"), rs.getString("role"),
                rs.getObject("held_from", LocalDate.class), rs.getObject("held_to", LocalDate.class),
                rs.getString("note"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "ended_at"), rs.getString("ended_by"), rs.getString("end_reason"));
    }
}
