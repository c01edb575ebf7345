package org.peel.server.crime;

import static org.peel.server.crime.IncidentRepository.at;
import static org.peel.server.crime.IncidentRepository.instant;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The compliance view's queries. Each is written to be answered from an index over a force's year of data:
 * incident_awaiting (awaiting_since: the time of report of crime-related undecided incidents) for those incidents, incident_decision
 * (decision, decided_at) for decisions not to record, and crime_daily (recorded_on, category, status, recorded_at,
 * recording_deadline) for crimes recorded late and the daily counts.
 */
@Repository
class ComplianceQueries {

    private final JdbcClient jdbc;

    ComplianceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Crime-related incidents without a decision reported at or after {@code cutoff}: their clocks still run. */
    List<ComplianceView.AwaitingDecision> awaiting(Instant cutoff, Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id, reference, reported_at, channel, location_lines, location_town, location_postcode,
                            location_description
                        FROM incident
                        WHERE awaiting_since >= :cutoff
                        ORDER BY awaiting_since LIMIT :limit""")
                .param("cutoff", at(cutoff)).param("limit", limit)
                .query((rs, row) -> awaitingRow(rs, now)).list();
    }

    long countAwaiting(Instant cutoff) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM incident
                        WHERE awaiting_since >= :cutoff""")
                .param("cutoff", at(cutoff)).query(Long.class).single();
    }

    /** Crime-related incidents without a decision reported before {@code cutoff}: late, the longest overdue first. */
    List<ComplianceView.AwaitingDecision> late(Instant cutoff, Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id, reference, reported_at, channel, location_lines, location_town, location_postcode,
                            location_description
                        FROM incident
                        WHERE awaiting_since < :cutoff
                        ORDER BY awaiting_since LIMIT :limit""")
                .param("cutoff", at(cutoff)).param("limit", limit)
                .query((rs, row) -> awaitingRow(rs, now)).list();
    }

    long countLate(Instant cutoff) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM incident
                        WHERE awaiting_since < :cutoff""")
                .param("cutoff", at(cutoff)).query(Long.class).single();
    }

    /** Crimes recorded on days {@code from}..{@code to} after their deadline, most recent first. */
    List<ComplianceView.LateCrime> recordedLate(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                        SELECT c.id, c.reference, i.reference AS incident_reference, c.offence_code, c.category,
                            c.recorded_at, c.recording_deadline, c.recorded_by
                        FROM crime c JOIN incident i ON i.id = c.incident_id
                        WHERE c.recorded_on BETWEEN :from AND :to AND c.status <> 'CANCELLED'
                            AND c.recorded_at > c.recording_deadline
                        ORDER BY c.recorded_at DESC LIMIT :limit""")
                .param("from", from).param("to", to).param("limit", limit)
                .query((rs, row) -> {
                    Instant recordedAt = instant(rs, "recorded_at");
                    Instant deadline = instant(rs, "recording_deadline");
                    return new ComplianceView.LateCrime(rs.getLong("id"), rs.getString("reference"),
                            rs.getString("incident_reference"), rs.getString("offence_code"),
                            CrimeCategory.valueOf(rs.getString("category")), recordedAt, deadline,
                            Duration.between(deadline, recordedAt).toSeconds(), rs.getString("recorded_by"));
                }).list();
    }

    /** Decisions not to record made between {@code from} (inclusive) and {@code until} (exclusive), newest first. */
    List<NotRecordedRow> notRecorded(Instant from, Instant until, int limit) {
        return jdbc.sql("""
                        SELECT id, reference, reported_at, decided_at, decided_by, no_crime_reason, no_crime_rationale
                        FROM incident
                        WHERE decision = 'NOT_RECORDED' AND decided_at >= :from AND decided_at < :until
                        ORDER BY decided_at DESC LIMIT :limit""")
                .param("from", at(from)).param("until", at(until)).param("limit", limit)
                .query((rs, row) -> new NotRecordedRow(rs.getLong("id"), rs.getString("reference"),
                        instant(rs, "reported_at"), instant(rs, "decided_at"), rs.getString("decided_by"),
                        rs.getString("no_crime_reason"), rs.getString("no_crime_rationale")))
                .list();
    }

    long countNotRecorded(Instant from, Instant until) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM incident
                        WHERE decision = 'NOT_RECORDED' AND decided_at >= :from AND decided_at < :until""")
                .param("from", at(from)).param("until", at(until)).query(Long.class).single();
    }

    /** Crimes recorded per day and category, with how many were late; also the total late, as the last row's sum. */
    List<ComplianceView.DailyCount> countsByDay(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT recorded_on, category, COUNT(*) AS recorded,
                            SUM(CASE WHEN recorded_at > recording_deadline THEN 1 ELSE 0 END) AS late
                        FROM crime
                        WHERE recorded_on BETWEEN :from AND :to AND status <> 'CANCELLED'
                        GROUP BY recorded_on, category
                        ORDER BY recorded_on, category""")
                .param("from", from).param("to", to)
                .query((rs, row) -> new ComplianceView.DailyCount(rs.getObject("recorded_on", LocalDate.class),
                        CrimeCategory.valueOf(rs.getString("category")), rs.getLong("recorded"), rs.getLong("late")))
                .list();
    }

    record NotRecordedRow(long id, String reference, Instant reportedAt, Instant decidedAt, String decidedBy,
                          String reasonCode, String rationale) {
    }

    private static ComplianceView.AwaitingDecision awaitingRow(java.sql.ResultSet rs, Instant now)
            throws java.sql.SQLException {
        Instant reportedAt = instant(rs, "reported_at");
        Instant deadline = RecordingStandard.deadline(reportedAt);
        Location location = new Location(rs.getString("location_lines"), rs.getString("location_town"),
                rs.getString("location_postcode"), rs.getString("location_description"));
        return new ComplianceView.AwaitingDecision(rs.getLong("id"), rs.getString("reference"), reportedAt, deadline,
                Duration.between(now, deadline).toSeconds(), ReportChannel.valueOf(rs.getString("channel")),
                location.summary());
    }
}
