package org.peel.server.crime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The one class that reads and writes the incident tables. */
@Repository
class IncidentRepository {

    /** An incident as stored, before the crimes recorded from it and the clock are added. */
    record IncidentRow(long id, String reference, long version, Instant reportedAt, ReportChannel channel,
                       Long reportingPersonId, List<Long> victimIds, Location location, String account,
                       boolean crimeRelated, Incident.DecisionKind decision, Instant decidedAt, String decidedBy,
                       String noCrimeReason, String noCrimeRationale, Instant createdAt, String createdBy,
                       Instant updatedAt, String updatedBy, Long locationId) {
    }

    private final JdbcClient jdbc;

    IncidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String reference, IncidentContent content, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO incident (reference, version, reported_at, channel, reporting_person_id,
                            location_lines, location_town, location_postcode, location_description, account,
                            crime_related, created_at, created_by, updated_at, updated_by)
                        VALUES (:reference, 0, :reportedAt, :channel, :reporter, :lines, :town, :postcode, :description,
                            :account, :crimeRelated, :now, :username, :now, :username)""")
                .param("reference", reference)
                .param("reportedAt", at(content.reportedAt()))
                .param("channel", content.channel().name())
                .param("reporter", content.reportingPersonId())
                .param("lines", content.location().lines())
                .param("town", content.location().town())
                .param("postcode", content.location().postcode())
                .param("description", content.location().description())
                .param("account", content.account())
                .param("crimeRelated", content.crimeRelated())
                .param("now", at(now))
                .param("username", username)
                .update(key, "id");
        long id = key.getKey().longValue();
        insertVictims(id, content.victimIds());
        refreshAwaiting(id);
        return id;
    }

    /** Replaces the incident's details if it is still at {@code expectedVersion}; answers whether it was. */
    boolean update(long id, long expectedVersion, IncidentContent content, String username, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE incident SET version = version + 1, reported_at = :reportedAt, channel = :channel,
                            reporting_person_id = :reporter, location_lines = :lines, location_town = :town,
                            location_postcode = :postcode, location_description = :description, account = :account,
                            crime_related = :crimeRelated, updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("reportedAt", at(content.reportedAt()))
                .param("channel", content.channel().name())
                .param("reporter", content.reportingPersonId())
                .param("lines", content.location().lines())
                .param("town", content.location().town())
                .param("postcode", content.location().postcode())
                .param("description", content.location().description())
                .param("account", content.account())
                .param("crimeRelated", content.crimeRelated())
                .param("now", at(now))
                .param("username", username)
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM incident_victim WHERE incident_id = :id").param("id", id).update();
        insertVictims(id, content.victimIds());
        refreshAwaiting(id);
        return true;
    }

    /** Stores the location the incident's address resolved to (null when it is not an address). */
    void setLocation(long id, Long locationId) {
        jdbc.sql("UPDATE incident SET location_id = :location WHERE id = :id").param("location", locationId)
                .param("id", id).update();
    }

    /** Marks crimes recorded: the first recording is the decision (a decision not to record is overturned). */
    boolean markCrimeRecorded(long id, long expectedVersion, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE incident SET version = version + 1, crime_related = TRUE,
                            decided_at = CASE WHEN decision = 'CRIME_RECORDED' THEN decided_at ELSE :now END,
                            decided_by = CASE WHEN decision = 'CRIME_RECORDED' THEN decided_by ELSE :username END,
                            decision = 'CRIME_RECORDED', no_crime_reason = NULL, no_crime_rationale = NULL,
                            updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("now", at(now))
                .param("username", username)
                .param("id", id)
                .param("version", expectedVersion)
                .update() == 1 && refreshAwaiting(id);
    }

    boolean markNotRecorded(long id, long expectedVersion, String reasonCode, String rationale, String username,
                            Instant now) {
        return jdbc.sql("""
                        UPDATE incident SET version = version + 1, crime_related = TRUE, decision = 'NOT_RECORDED',
                            decided_at = :now, decided_by = :username, no_crime_reason = :reason,
                            no_crime_rationale = :rationale, updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("now", at(now))
                .param("username", username)
                .param("reason", reasonCode)
                .param("rationale", rationale)
                .param("id", id)
                .param("version", expectedVersion)
                .update() == 1 && refreshAwaiting(id);
    }

    Optional<IncidentRow> find(long id) {
        List<Long> victims = jdbc.sql("SELECT person_id FROM incident_victim WHERE incident_id = :id ORDER BY position")
                .param("id", id).query(Long.class).list();
        return jdbc.sql("""
                        SELECT id, reference, version, reported_at, channel, reporting_person_id, location_lines,
                            location_town, location_postcode, location_description, account, crime_related, decision,
                            decided_at, decided_by, no_crime_reason, no_crime_rationale, created_at, created_by,
                            updated_at, updated_by, location_id
                        FROM incident WHERE id = :id""")
                .param("id", id)
                .query((rs, row) -> row(rs, victims))
                .optional();
    }

    Optional<Long> currentVersion(long id) {
        return jdbc.sql("SELECT version FROM incident WHERE id = :id").param("id", id).query(Long.class).optional();
    }

    Optional<Long> idOf(String reference) {
        return jdbc.sql("SELECT id FROM incident WHERE reference = :reference").param("reference", reference)
                .query(Long.class).optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM incident").query(Long.class).single();
    }

    /** Sets awaiting_since from the stored flag and decision: the time of report while a decision is due. */
    private boolean refreshAwaiting(long id) {
        jdbc.sql("""
                        UPDATE incident SET awaiting_since =
                            CASE WHEN crime_related = TRUE AND decided_at IS NULL THEN reported_at ELSE NULL END
                        WHERE id = :id""")
                .param("id", id).update();
        return true;
    }

    private void insertVictims(long id, List<Long> victimIds) {
        for (int position = 0; position < victimIds.size(); position++) {
            jdbc.sql("INSERT INTO incident_victim (incident_id, position, person_id) VALUES (:id, :position, :person)")
                    .param("id", id).param("position", position).param("person", victimIds.get(position)).update();
        }
    }

    private static IncidentRow row(ResultSet rs, List<Long> victims) throws SQLException {
        String decision = rs.getString("decision");
        return new IncidentRow(rs.getLong("id"), rs.getString("reference"), rs.getLong("version"),
                instant(rs, "reported_at"), ReportChannel.valueOf(rs.getString("channel")),
                rs.getObject("reporting_person_id", Long.class), victims,
                new Location(rs.getString("location_lines"), rs.getString("location_town"),
                        rs.getString("location_postcode"), rs.getString("location_description")),
                rs.getString("account"), rs.getBoolean("crime_related"),
                decision == null ? null : Incident.DecisionKind.valueOf(decision), instant(rs, "decided_at"),
                rs.getString("decided_by"), rs.getString("no_crime_reason"), rs.getString("no_crime_rationale"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "updated_at"),
                rs.getString("updated_by"), rs.getObject("location_id", Long.class));
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The reference numbers of the incidents with these ids, in one query; ids that name none are left out. */
    Map<Long, String> references(Collection<Long> ids) {
        Map<Long, String> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, reference FROM incident WHERE id IN (:ids)").param("ids", ids)
                    .query((rs, row) -> found.put(rs.getLong(1), rs.getString(2))).list();
        }
        return found;
    }
}
