package org.peel.server.crime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Force Crime Registrar's and supervisors' view of recording compliance at one moment: what still needs a crime
 * decision (most urgent first), what is late, crimes recorded late, decisions not to record (for audit sampling),
 * and counts by day and category over a period.
 *
 * @param at         the moment the view was computed; all clocks are measured from it
 * @param from       the first day of the period (force's local time) for the recorded-late, not-recorded and counts
 * @param to         the last day of the period, inclusive
 */
public record ComplianceView(Instant at, LocalDate from, LocalDate to,
                             long awaitingDecisionCount, List<AwaitingDecision> awaitingDecision,
                             long lateCount, List<AwaitingDecision> late,
                             long recordedLateCount, List<LateCrime> recordedLate,
                             long notRecordedCount, List<NotRecorded> notRecorded,
                             List<DailyCount> countsByDay) {

    /** A crime-related incident with no decision; {@code secondsLeft} is negative once its clock has run out. */
    public record AwaitingDecision(long incidentId, String reference, Instant reportedAt, Instant deadline,
                                   long secondsLeft, ReportChannel channel, String location) {
    }

    /** A crime recorded after its 24-hour clock ran out, and by how long. */
    public record LateCrime(long crimeId, String reference, String incidentReference, String offenceCode,
                            CrimeCategory category, Instant recordedAt, Instant deadline, long secondsLate,
                            String recordedBy) {
    }

    /** A decision not to record a crime, with its reason and rationale. */
    public record NotRecorded(long incidentId, String reference, Instant reportedAt, Instant decidedAt,
                              String decidedBy, String reasonCode, String reasonTitle, String rationale) {
    }

    /** Crimes recorded on one day in one category (cancelled crimes left out), and how many of them late. */
    public record DailyCount(LocalDate day, CrimeCategory category, long recorded, long recordedLate) {
    }
}
