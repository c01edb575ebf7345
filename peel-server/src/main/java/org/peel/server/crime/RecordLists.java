package org.peel.server.crime;

import static org.peel.server.crime.IncidentRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The incident and crime lists: one counting query and one page query each, whatever the filter, with the
 * conditions {@link ListFilters} checked and bounded (a page is at most {@link ListFilters#MAX_SIZE} rows).
 */
@Repository
class RecordLists {

    private final JdbcClient jdbc;
    private final CrimeReferenceData referenceData;

    RecordLists(JdbcClient jdbc, CrimeReferenceData referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
    }

    RecordList<IncidentListItem> incidents(ListFilters.Checked filter, Instant now) {
        long total = count("SELECT COUNT(*) FROM incident i WHERE " + filter.where(), filter);
        JdbcClient.StatementSpec page = jdbc.sql("""
                SELECT i.id, i.reference, i.reported_at, i.channel, i.location_lines, i.location_town,
                    i.location_postcode, i.location_description, i.crime_related, i.decision, i.decided_at,
                    i.created_by, (SELECT COUNT(*) FROM crime c WHERE c.incident_id = i.id) AS crimes
                FROM incident i WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset"""
                .formatted(filter.where(), filter.orderBy()));
        List<IncidentListItem> items = bind(page, filter).query((rs, row) -> incident(rs, now)).list();
        return new RecordList<>(items, filter.page(), filter.size(), total, filter.sort(), filter.direction());
    }

    RecordList<CrimeListItem> crimes(ListFilters.Checked filter) {
        long total = count("SELECT COUNT(*) FROM crime c WHERE " + filter.where(), filter);
        JdbcClient.StatementSpec page = jdbc.sql("""
                SELECT c.id, c.reference, c.incident_id, c.offence_code, c.category, c.status, c.recorded_at,
                    c.recording_deadline, c.location_lines, c.location_town, c.location_postcode,
                    c.location_description, c.recorded_by
                FROM crime c WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset"""
                .formatted(filter.where(), filter.orderBy()));
        List<CrimeListItem> items = bind(page, filter).query((rs, row) -> crime(rs)).list();
        return new RecordList<>(items, filter.page(), filter.size(), total, filter.sort(), filter.direction());
    }

    private long count(String sql, ListFilters.Checked filter) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        filter.params().forEach(statement::param);
        return statement.query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ListFilters.Checked filter) {
        filter.params().forEach(statement::param);
        return statement.param("limit", filter.size()).param("offset", (long) filter.page() * filter.size());
    }

    private static IncidentListItem incident(ResultSet rs, Instant now) throws SQLException {
        Instant reportedAt = instant(rs, "reported_at");
        String decision = rs.getString("decision");
        Incident.Decision decided = decision == null ? null : new Incident.Decision(
                Incident.DecisionKind.valueOf(decision), instant(rs, "decided_at"), null, null, null, null);
        Incident.RecordingClock clock = Incident.RecordingClock.of(rs.getBoolean("crime_related"), reportedAt,
                decided, now);
        ReportChannel channel = ReportChannel.valueOf(rs.getString("channel"));
        return new IncidentListItem(rs.getLong("id"), rs.getString("reference"), reportedAt, channel,
                channel.title(), location(rs), clock.state(), clock.state().title(), clock.deadline(),
                rs.getInt("crimes"), rs.getString("created_by"));
    }

    private CrimeListItem crime(ResultSet rs) throws SQLException {
        String code = rs.getString("offence_code");
        CrimeStatus status = CrimeStatus.valueOf(rs.getString("status"));
        Instant recordedAt = instant(rs, "recorded_at");
        return new CrimeListItem(rs.getLong("id"), rs.getString("reference"), rs.getLong("incident_id"), code,
                referenceData.offence(code).map(CrimeReferenceData.Offence::title).orElse(code),
                CrimeCategory.valueOf(rs.getString("category")).title(), status, status.title(), recordedAt,
                recordedAt.isAfter(instant(rs, "recording_deadline")), location(rs), rs.getString("recorded_by"));
    }

    private static Location location(ResultSet rs) throws SQLException {
        return new Location(rs.getString("location_lines"), rs.getString("location_town"),
                rs.getString("location_postcode"), rs.getString("location_description"));
    }
}
