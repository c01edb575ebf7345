package org.peel.server.crime;

import static org.peel.server.crime.IncidentRepository.at;
import static org.peel.server.crime.IncidentRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peel.server.platform.ForceCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The one class that reads and writes the crime tables (crimes, their suspects and their history). */
@Repository
class CrimeRepository {

    /** A crime as stored, before reference titles, linked crimes and history are added. */
    record CrimeRow(long id, String reference, long version, long incidentId, String incidentReference, long victimId,
                    String offenceCode, Instant committedFrom, Instant committedTo, Location location,
                    List<Long> suspectIds, String modusOperandi, CrimeStatus status, Instant recordedAt,
                    String recordedBy, Instant recordingDeadline, String outcomeCode, String outcomeRationale,
                    String outcomeVictimView, Instant finalisedAt, String finalisedBy, String cancellationReason,
                    String cancellationRationale, Instant cancelledAt, String cancelledBy, Instant updatedAt,
                    String updatedBy, Long locationId) {
    }

    /** What a new crime is made of, once checked. */
    record NewCrime(long incidentId, long victimId, CrimeReferenceData.Offence offence, Instant committedFrom,
                    Instant committedTo, Location location, List<Long> suspectIds, String modusOperandi,
                    Instant recordingDeadline) {
    }

    private final JdbcClient jdbc;
    private final ForceCalendar calendar;

    CrimeRepository(JdbcClient jdbc, ForceCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    long insert(String reference, NewCrime crime, String username, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO crime (reference, version, incident_id, victim_person_id, offence_code, category,
                            committed_from, committed_to, location_lines, location_town, location_postcode,
                            location_description, modus_operandi, status, recorded_at, recorded_on,
                            recording_deadline, recorded_by, updated_at, updated_by)
                        VALUES (:reference, 0, :incident, :victim, :offence, :category, :from, :to, :lines, :town,
                            :postcode, :description, :mo, 'OPEN', :now, :today, :deadline, :username, :now, :username)""")
                .param("reference", reference)
                .param("incident", crime.incidentId())
                .param("victim", crime.victimId())
                .param("offence", crime.offence().code())
                .param("category", crime.offence().category().name())
                .param("from", at(crime.committedFrom()))
                .param("to", at(crime.committedTo()))
                .param("lines", crime.location().lines())
                .param("town", crime.location().town())
                .param("postcode", crime.location().postcode())
                .param("description", crime.location().description())
                .param("mo", crime.modusOperandi())
                .param("now", at(now))
                .param("today", calendar.day(now))
                .param("deadline", at(crime.recordingDeadline()))
                .param("username", username)
                .update(key, "id");
        long id = key.getKey().longValue();
        replaceSuspects(id, crime.suspectIds());
        return id;
    }

    boolean updateDetails(long id, long expectedVersion, Instant committedFrom, Instant committedTo, Location location,
                          String modusOperandi, CrimeStatus status, List<Long> suspectIds, String username,
                          Instant now) {
        boolean updated = jdbc.sql("""
                        UPDATE crime SET version = version + 1, committed_from = :from, committed_to = :to,
                            location_lines = :lines, location_town = :town, location_postcode = :postcode,
                            location_description = :description, modus_operandi = :mo, status = :status,
                            updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("from", at(committedFrom))
                .param("to", at(committedTo))
                .param("lines", location.lines())
                .param("town", location.town())
                .param("postcode", location.postcode())
                .param("description", location.description())
                .param("mo", modusOperandi)
                .param("status", status.name())
                .param("now", at(now))
                .param("username", username)
                .param("id", id)
                .param("version", expectedVersion)
                .update() == 1;
        if (updated) {
            replaceSuspects(id, suspectIds);
        }
        return updated;
    }

    /** Stores the location the crime's address resolved to (null when it is not an address). */
    void setLocation(long id, Long locationId) {
        jdbc.sql("UPDATE crime SET location_id = :location WHERE id = :id").param("location", locationId)
                .param("id", id).update();
    }

    boolean reclassify(long id, long expectedVersion, CrimeReferenceData.Offence offence, String username,
                       Instant now) {
        return jdbc.sql("""
                        UPDATE crime SET version = version + 1, offence_code = :offence, category = :category,
                            updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("offence", offence.code())
                .param("category", offence.category().name())
                .param("now", at(now))
                .param("username", username)
                .param("id", id)
                .param("version", expectedVersion)
                .update() == 1;
    }

    boolean cancel(long id, long expectedVersion, String reasonCode, String rationale, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE crime SET version = version + 1, status = 'CANCELLED', cancellation_reason = :reason,
                            cancellation_rationale = :rationale, cancelled_at = :now, cancelled_by = :username,
                            updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("reason", reasonCode)
                .param("rationale", rationale)
                .param("now", at(now))
                .param("username", username)
                .param("id", id)
                .param("version", expectedVersion)
                .update() == 1;
    }

    boolean finalise(long id, long expectedVersion, String outcomeCode, String rationale, String victimView,
                     List<Long> suspectIds, String username, Instant now) {
        boolean updated = jdbc.sql("""
                        UPDATE crime SET version = version + 1, status = 'FINALISED', outcome_code = :outcome,
                            outcome_rationale = :rationale, outcome_victim_view = :victimView, finalised_at = :now,
                            finalised_by = :username, updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("outcome", outcomeCode)
                .param("rationale", rationale)
                .param("victimView", victimView)
                .param("now", at(now))
                .param("username", username)
                .param("id", id)
                .param("version", expectedVersion)
                .update() == 1;
        if (updated) {
            replaceSuspects(id, suspectIds);
        }
        return updated;
    }

    boolean reopen(long id, long expectedVersion, String username, Instant now) {
        return jdbc.sql("""
                        UPDATE crime SET version = version + 1, status = 'UNDER_INVESTIGATION', outcome_code = NULL,
                            outcome_rationale = NULL, outcome_victim_view = NULL, finalised_at = NULL,
                            finalised_by = NULL, updated_at = :now, updated_by = :username
                        WHERE id = :id AND version = :version""")
                .param("now", at(now))
                .param("username", username)
                .param("id", id)
                .param("version", expectedVersion)
                .update() == 1;
    }

    void addEvent(long crimeId, CrimeEvent event) {
        jdbc.sql("""
                        INSERT INTO crime_event (crime_id, occurred_at, username, kind, from_value, to_value,
                            reason_code, rationale)
                        VALUES (:crime, :at, :username, :kind, :from, :to, :reason, :rationale)""")
                .param("crime", crimeId)
                .param("at", at(event.occurredAt()))
                .param("username", event.username())
                .param("kind", event.kind().name())
                .param("from", event.fromValue())
                .param("to", event.toValue())
                .param("reason", event.reasonCode())
                .param("rationale", event.rationale())
                .update();
    }

    List<CrimeEvent> history(long crimeId) {
        return jdbc.sql("""
                        SELECT occurred_at, username, kind, from_value, to_value, reason_code, rationale
                        FROM crime_event WHERE crime_id = :crime ORDER BY id""")
                .param("crime", crimeId)
                .query((rs, row) -> new CrimeEvent(instant(rs, "occurred_at"), rs.getString("username"),
                        CrimeEvent.Kind.valueOf(rs.getString("kind")), rs.getString("from_value"),
                        rs.getString("to_value"), rs.getString("reason_code"), rs.getString("rationale")))
                .list();
    }

    Optional<CrimeRow> find(long id) {
        List<Long> suspects = jdbc.sql("SELECT person_id FROM crime_suspect WHERE crime_id = :id ORDER BY position")
                .param("id", id).query(Long.class).list();
        return jdbc.sql("""
                        SELECT c.*, i.reference AS incident_reference
                        FROM crime c JOIN incident i ON i.id = c.incident_id WHERE c.id = :id""")
                .param("id", id)
                .query((rs, row) -> row(rs, suspects))
                .optional();
    }

    /** The crimes recorded from an incident, in the order they were recorded. */
    List<CrimeRow> ofIncident(long incidentId) {
        List<Long> ids = jdbc.sql("SELECT id FROM crime WHERE incident_id = :incident ORDER BY id")
                .param("incident", incidentId).query(Long.class).list();
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Crimes where the person is the victim or a suspect, newest first: (crime id, role) pairs. */
    List<Map.Entry<Long, String>> involving(long personId, int limit) {
        return jdbc.sql("""
                        SELECT id, 'VICTIM' AS role FROM crime WHERE victim_person_id = :person
                        UNION
                        SELECT crime_id, 'SUSPECT' FROM crime_suspect WHERE person_id = :person
                        ORDER BY id DESC LIMIT :limit""")
                .param("person", personId).param("limit", limit)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * The crimes where the person is the victim or a suspect, newest recorded first, at most {@code limit}: one
     * query however many there are (a crime where they are both appears once for each part).
     */
    List<CrimeSummary> summariesInvolving(long personId, int limit) {
        return jdbc.sql("""
                        SELECT id, reference, offence_code, status, recorded_at, 'VICTIM' AS part
                        FROM crime WHERE victim_person_id = :person
                        UNION
                        SELECT c.id, c.reference, c.offence_code, c.status, c.recorded_at, 'SUSPECT'
                        FROM crime c JOIN crime_suspect s ON s.crime_id = c.id WHERE s.person_id = :person
                        ORDER BY recorded_at DESC, id DESC LIMIT :limit""")
                .param("person", personId).param("limit", limit)
                .query((rs, row) -> new CrimeSummary(rs.getLong("id"), rs.getString("reference"),
                        CrimeSummary.Role.valueOf(rs.getString("part")), rs.getString("offence_code"),
                        CrimeStatus.valueOf(rs.getString("status")), instant(rs, "recorded_at")))
                .list();
    }

    Optional<Long> currentVersion(long id) {
        return jdbc.sql("SELECT version FROM crime WHERE id = :id").param("id", id).query(Long.class).optional();
    }

    Optional<Long> idOf(String reference) {
        return jdbc.sql("SELECT id FROM crime WHERE reference = :reference").param("reference", reference)
                .query(Long.class).optional();
    }

    private void replaceSuspects(long id, List<Long> suspectIds) {
        jdbc.sql("DELETE FROM crime_suspect WHERE crime_id = :id").param("id", id).update();
        for (int position = 0; position < suspectIds.size(); position++) {
            jdbc.sql("INSERT INTO crime_suspect (crime_id, position, person_id) VALUES (:id, :position, :person)")
                    .param("id", id).param("position", position).param("person", suspectIds.get(position)).update();
        }
    }

    private static CrimeRow row(ResultSet rs, List<Long> suspects) throws SQLException {
        return new CrimeRow(rs.getLong("id"), rs.getString("reference"), rs.getLong("version"),
                rs.getLong("incident_id"), rs.getString("incident_reference"), rs.getLong("victim_person_id"),
                rs.getString("offence_code"), instant(rs, "committed_from"), instant(rs, "committed_to"),
                new Location(rs.getString("location_lines"), rs.getString("location_town"),
                        rs.getString("location_postcode"), rs.getString("location_description")),
                suspects, rs.getString("modus_operandi"), CrimeStatus.valueOf(rs.getString("status")),
                instant(rs, "recorded_at"), rs.getString("recorded_by"), instant(rs, "recording_deadline"),
                rs.getString("outcome_code"), rs.getString("outcome_rationale"), rs.getString("outcome_victim_view"),
                instant(rs, "finalised_at"), rs.getString("finalised_by"), rs.getString("cancellation_reason"),
                rs.getString("cancellation_rationale"), instant(rs, "cancelled_at"), rs.getString("cancelled_by"),
                instant(rs, "updated_at"), rs.getString("updated_by"), rs.getObject("location_id", Long.class));
    }

    /** The reference and offence code of the crimes with these ids, in one query; ids that name none are left out. */
    Map<Long, Map.Entry<String, String>> referencesAndOffences(Collection<Long> ids) {
        Map<Long, Map.Entry<String, String>> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, reference, offence_code FROM crime WHERE id IN (:ids)").param("ids", ids)
                    .query((rs, row) -> found.put(rs.getLong(1), Map.entry(rs.getString(2), rs.getString(3))))
                    .list();
        }
        return found;
    }
}
