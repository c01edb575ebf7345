package org.peel.server.places;

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
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The one class that reads and writes the location and location_warning tables. */
@Repository
class LocationRepository {

    private static final String COLUMNS = "id, version, kind, lines, town, postcode, uprn, name, grid_reference, "
            + "latitude, longitude, created_at, created_by";

    private final JdbcClient jdbc;
    private final PlacesReferenceData referenceData;

    LocationRepository(JdbcClient jdbc, PlacesReferenceData referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
    }

    long insert(PlacesContent.LocationContent content, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO location (version, kind, lines, town, postcode, uprn, name, grid_reference,
                            latitude, longitude, search_text, created_at, created_by, updated_at, updated_by)
                        VALUES (0, :kind, :lines, :town, :postcode, :uprn, :name, :grid, :latitude, :longitude,
                            :searchText, :now, :username, :now, :username)""")
                .param("kind", content.kind().name())
                .param("lines", content.lines())
                .param("town", content.town())
                .param("postcode", content.postcode())
                .param("uprn", content.uprn())
                .param("name", content.name())
                .param("grid", content.gridReference())
                .param("latitude", content.latitude())
                .param("longitude", content.longitude())
                .param("searchText", content.searchText())
                .param("now", at(now))
                .param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Location> find(long id, LocalDate today) {
        List<LocationWarning> warnings = warningsOf(List.of(id), today).getOrDefault(id, List.of());
        return jdbc.sql("SELECT " + COLUMNS + " FROM location WHERE id = :id").param("id", id)
                .query((rs, row) -> location(rs, warnings)).optional();
    }

    /** The locations with these ids, with their warnings: two queries however many. */
    List<Location> findAll(Collection<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LocationWarning>> warnings = warningsOf(ids, today);
        return jdbc.sql("SELECT " + COLUMNS + " FROM location WHERE id IN (:ids) ORDER BY id").param("ids", ids)
                .query((rs, row) -> location(rs, warnings.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    Optional<Long> idByUprn(String uprn) {
        return jdbc.sql("SELECT MIN(id) FROM location WHERE uprn = :uprn").param("uprn", uprn)
                .query(Long.class).optional();
    }

    /** The ids of the locations at this postcode (in standard form), in the order recorded. */
    List<Long> idsAtPostcode(String postcode, int limit) {
        return jdbc.sql("SELECT id FROM location WHERE postcode = :postcode ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .param("postcode", postcode).param("limit", limit).query(Long.class).list();
    }

    /** The ids of the locations in this postcode district ("M14"), in the order recorded. */
    List<Long> idsInDistrict(String outwardCode, int limit) {
        return jdbc.sql("SELECT id FROM location WHERE postcode LIKE :prefix ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .param("prefix", outwardCode + " %").param("limit", limit).query(Long.class).list();
    }

    /**
     * The ids of the locations whose search text has a word starting with each of {@code words}, narrowed to one
     * postcode when {@code postcode} is given.
     */
    List<Long> idsMatching(List<String> words, String postcode, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id FROM location WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (postcode != null) {
            sql.append(" AND postcode = :postcode");
            params.put("postcode", postcode);
        }
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND search_text LIKE :w").append(i);
            params.put("w" + i, "% " + words.get(i).replace("%", "").replace("_", "") + "%");
        }
        sql.append(" ORDER BY id FETCH FIRST :limit ROWS ONLY");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    long insertWarning(long locationId, PlacesContent.WarningContent content, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO location_warning (location_id, type_code, starts_on, ends_on, note, created_at,
                            created_by)
                        VALUES (:location, :type, :starts, :ends, :note, :now, :username)""")
                .param("location", locationId)
                .param("type", content.type().code())
                .param("starts", content.startsOn())
                .param("ends", content.endsOn())
                .param("note", content.note())
                .param("now", at(now))
                .param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Ends a warning that has no end yet; answers whether it had none. */
    boolean endWarning(long locationId, long warningId, LocalDate endsOn, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE location_warning SET ends_on = :ends, ended_at = :now, ended_by = :username
                        WHERE id = :id AND location_id = :location AND ended_at IS NULL""")
                .param("ends", endsOn).param("now", at(now)).param("username", username).param("id", warningId)
                .param("location", locationId).update() == 1;
    }

    Optional<LocationWarning> warning(long locationId, long warningId, LocalDate today) {
        return jdbc.sql("SELECT * FROM location_warning WHERE id = :id AND location_id = :location")
                .param("id", warningId).param("location", locationId)
                .query((rs, row) -> warning(rs, today)).optional();
    }

    /** The ids of the addresses at {@code postcode} whose first line, compared loosely, is {@code lineKey}. */
    List<Long> idsAtAddress(String postcode, String lineKey) {
        List<Long> ids = new ArrayList<>();
        jdbc.sql("SELECT id, lines FROM location WHERE postcode = :postcode").param("postcode", postcode)
                .query((rs, row) -> {
                    if (AddressText.sameLineKey(rs.getString("lines")).equals(lineKey)) {
                        ids.add(rs.getLong("id"));
                    }
                    return null;
                }).list();
        return ids;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM location").query(Long.class).single();
    }

    private Map<Long, List<LocationWarning>> warningsOf(Collection<Long> ids, LocalDate today) {
        Map<Long, List<LocationWarning>> warnings = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM location_warning WHERE location_id IN (:ids) ORDER BY starts_on DESC, id DESC")
                .param("ids", ids)
                .query((rs, row) -> warning(rs, today))
                .list()
                .forEach(warning -> warnings.computeIfAbsent(warning.locationId(), id -> new ArrayList<>())
                        .add(warning));
        return warnings;
    }

    private LocationWarning warning(ResultSet rs, LocalDate today) throws SQLException {
        String code = rs.getString("type_code");
        PlacesReferenceData.WarningType type = referenceData.warningType(code)
                .orElse(new PlacesReferenceData.WarningType(code, code, null));
        LocalDate starts = rs.getObject("starts_on", LocalDate.class);
        LocalDate ends = rs.getObject("ends_on", LocalDate.class);
        // A warning someone ended is out of force at once; one with a planned end lasts to the end of that day.
        boolean current = !starts.isAfter(today) && (ends == null || !ends.isBefore(today))
                && rs.getObject("ended_at") == null;
        return new LocationWarning(rs.getLong("id"), rs.getLong("location_id"), code, type.title(), type.advice(),
                starts, ends, rs.getString("note"), current, instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "ended_at"), rs.getString("ended_by"));
    }

    private static Location location(ResultSet rs, List<LocationWarning> warnings) throws SQLException {
        long id = rs.getLong("id");
        return new Location(id, Location.referenceOf(id), rs.getLong("version"),
                Location.LocationKind.valueOf(rs.getString("kind")), rs.getString("lines"), rs.getString("town"),
                rs.getString("postcode"), rs.getString("uprn"), rs.getString("name"), rs.getString("grid_reference"),
                rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), warnings, instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
