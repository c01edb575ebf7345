package org.peel.server.places;

import static org.peel.server.places.LocationRepository.at;
import static org.peel.server.places.LocationRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The one class that reads and writes the vehicle, phone and property_item tables. */
@Repository
class ThingRepository {

    private final JdbcClient jdbc;
    private final PlacesReferenceData referenceData;

    ThingRepository(JdbcClient jdbc, PlacesReferenceData referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
    }

    long insertVehicle(PlacesContent.VehicleContent content, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO vehicle (registration, registration_key, misread_key, make, model, colour, vin,
                            created_at, created_by)
                        VALUES (:registration, :key, :misread, :make, :model, :colour, :vin, :now, :username)""")
                .param("registration", content.registration().written())
                .param("key", content.registration().key())
                .param("misread", content.registration().misreadKey())
                .param("make", content.make())
                .param("model", content.model())
                .param("colour", content.colour())
                .param("vin", content.vin())
                .param("now", at(now))
                .param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Vehicle> vehicle(long id) {
        return jdbc.sql("SELECT * FROM vehicle WHERE id = :id").param("id", id).query(ThingRepository::vehicle)
                .optional();
    }

    List<Vehicle> vehicles(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("SELECT * FROM vehicle WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids).query(ThingRepository::vehicle).list();
    }

    /**
     * The vehicles whose misread key matches {@code pattern} (from {@link Registration#searchPattern}), those whose
     * registration is exactly as typed ({@code exactKey}) first.
     */
    List<Vehicle> vehiclesMatching(String pattern, String exactKey, int limit) {
        boolean wildcard = Registration.hasWildcard(pattern);
        // The known characters before the first unknown one bound an index range. A LIKE alone cannot use the index
        // on PostgreSQL when the pattern is a parameter (a generic plan) or the column's collation is not "C".
        String known = wildcard ? pattern.substring(0, firstWildcard(pattern)) : pattern;
        String test = !wildcard ? "misread_key = :pattern"
                : known.isEmpty() ? "misread_key LIKE :pattern"
                : "misread_key >= :low AND misread_key <= :high AND misread_key LIKE :pattern";
        return jdbc.sql("SELECT * FROM vehicle WHERE " + test + " ORDER BY CASE WHEN registration_key = :exact "
                        + "THEN 0 ELSE 1 END, registration_key, id FETCH FIRST :limit ROWS ONLY")
                .param("pattern", pattern).param("exact", exactKey == null ? "" : exactKey).param("limit", limit)
                // Keys hold digits and capital letters only, at most 10 of them: "Z" sorts after each of them.
                .param("low", known).param("high", known + "Z".repeat(10))
                .query(ThingRepository::vehicle).list();
    }

    private static int firstWildcard(String pattern) {
        int unknown = pattern.indexOf('_');
        int any = pattern.indexOf('%');
        return unknown < 0 ? any : any < 0 ? unknown : Math.min(unknown, any);
    }

    long insertPhone(PlacesContent.PhoneContent content, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO phone (number, imei, description, created_at, created_by)
                        VALUES (:number, :imei, :description, :now, :username)""")
                .param("number", content.number())
                .param("imei", content.imei())
                .param("description", content.description())
                .param("now", at(now))
                .param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Phone> phone(long id) {
        return jdbc.sql("SELECT * FROM phone WHERE id = :id").param("id", id).query(ThingRepository::phone)
                .optional();
    }

    List<Phone> phones(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("SELECT * FROM phone WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids).query(ThingRepository::phone).list();
    }

    /** The phones with this number (E.164) or this IMEI; either may be null. */
    List<Phone> phonesWith(String number, String imei, int limit) {
        return jdbc.sql("SELECT * FROM phone WHERE number = :number OR imei = :imei ORDER BY id "
                        + "FETCH FIRST :limit ROWS ONLY")
                .param("number", number == null ? "" : number).param("imei", imei == null ? "" : imei)
                .param("limit", limit).query(ThingRepository::phone).list();
    }

    long insertPropertyItem(PlacesContent.PropertyContent content, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO property_item (description, serial_number, serial_key, category, created_at,
                            created_by)
                        VALUES (:description, :serial, :serialKey, :category, :now, :username)""")
                .param("description", content.description())
                .param("serial", content.serialNumber())
                .param("serialKey", content.serialKey())
                .param("category", content.category().code())
                .param("now", at(now))
                .param("username", username)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<PropertyItem> propertyItem(long id) {
        return jdbc.sql("SELECT * FROM property_item WHERE id = :id").param("id", id)
                .query((rs, row) -> propertyItem(rs)).optional();
    }

    List<PropertyItem> propertyItems(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql("SELECT * FROM property_item WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids).query((rs, row) -> propertyItem(rs)).list();
    }

    List<PropertyItem> propertyItemsBySerial(String serialKey, int limit) {
        return jdbc.sql("SELECT * FROM property_item WHERE serial_key = :key ORDER BY id FETCH FIRST :limit ROWS ONLY")
                .param("key", serialKey).param("limit", limit).query((rs, row) -> propertyItem(rs)).list();
    }

    private static Vehicle vehicle(ResultSet rs, int row) throws SQLException {
        return new Vehicle(rs.getLong("id"), rs.getString("registration"), rs.getString("make"),
                rs.getString("model"), rs.getString("colour"), rs.getString("vin"), instant(rs, "created_at"),
                rs.getString("created_by"));
    }

    private static Phone phone(ResultSet rs, int row) throws SQLException {
        return new Phone(rs.getLong("id"), rs.getString("number"), rs.getString("imei"), rs.getString("description"),
                instant(rs, "created_at"), rs.getString("created_by"));
    }

    private PropertyItem propertyItem(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        return new PropertyItem(rs.getLong("id"), rs.getString("description"), rs.getString("serial_number"),
                category, referenceData.propertyCategory(category).map(PlacesReferenceData.Code::title)
                .orElse(category), instant(rs, "created_at"), rs.getString("created_by"));
    }
}
