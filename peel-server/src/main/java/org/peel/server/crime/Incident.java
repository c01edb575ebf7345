package org.peel.server.crime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.peel.server.platform.AddressLocations;

/**
 * A registered incident: every report starts as one. Its {@link RecordingClock} says how it stands against the
 * 24-hour recording deadline, computed from the stored times when the incident is read. {@code locationWarnings}
 * are the warnings in force at its location (see {@link LocationWarnings}), for whoever attends or reads it;
 * {@code linkedLocation} is the location on record its address resolved to (null when it is not an address).
 */
public record Incident(long id, String reference, long version, Instant reportedAt, ReportChannel channel,
                       Long reportingPersonId, List<Long> victimIds, Location location, String account,
                       boolean crimeRelated, RecordingClock clock, Decision decision, List<CrimeSummary> crimes,
                       Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                       AddressLocations.Place linkedLocation, List<LocationWarnings.Warning> locationWarnings) {

    /**
     * The 24-hour recording clock of a crime-related incident.
     *
     * @param deadline    the time of report plus 24 hours
     * @param state       where the incident stands
     * @param late        the clock ran out before a decision (or still has, with no decision)
     * @param secondsLeft while no decision is made: seconds until the deadline (negative once it has passed)
     */
    public record RecordingClock(Instant deadline, RecordingState state, boolean late, Long secondsLeft) {

        static RecordingClock of(boolean crimeRelated, Instant reportedAt, Decision decision, Instant now) {
            Instant deadline = RecordingStandard.deadline(reportedAt);
            if (decision != null) {
                return new RecordingClock(deadline, decision.kind() == DecisionKind.CRIME_RECORDED
                        ? RecordingState.CRIME_RECORDED : RecordingState.NOT_RECORDED,
                        decision.decidedAt().isAfter(deadline), null);
            }
            if (!crimeRelated) {
                return new RecordingClock(deadline, RecordingState.NOT_CRIME_RELATED, false, null);
            }
            boolean late = now.isAfter(deadline);
            return new RecordingClock(deadline, late ? RecordingState.LATE : RecordingState.AWAITING_DECISION, late,
                    Duration.between(now, deadline).toSeconds());
        }
    }

    /** The two decisions an incident can end in. */
    public enum DecisionKind {
        CRIME_RECORDED,
        NOT_RECORDED
    }

    /** The crime decision: when, by whom, and (for a decision not to record) the coded reason and the rationale. */
    public record Decision(DecisionKind kind, Instant decidedAt, String decidedBy, String reasonCode,
                           String reasonTitle, String rationale) {
    }

    /** A crime recorded from this incident. */
    public record CrimeSummary(long id, String reference, long victimId, String offenceCode, String offenceTitle,
                               CrimeStatus status) {
    }
}
