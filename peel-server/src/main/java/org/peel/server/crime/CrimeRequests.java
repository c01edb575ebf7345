package org.peel.server.crime;

import java.util.List;

/**
 * What officers, supervisors and the registrar submit to act on incidents and crimes. Each action that changes a
 * record carries the {@code version} of the record it was made to, so that nobody overwrites another's change.
 * Times are ISO-8601 ({@code 2026-03-01T14:05:00Z}).
 */
public final class CrimeRequests {

    private CrimeRequests() {
    }

    /**
     * Record crimes from an incident: one crime per victim, all with this classification, linked through the incident.
     *
     * @param version       the incident's version
     * @param victimIds     the victims; the incident's victims when absent
     * @param location      where it happened; the incident's location when absent
     */
    public record NewCrimes(Long version, String offenceCode, String committedFrom, String committedTo,
                            List<Long> victimIds, List<Long> suspectIds, IncidentDetails.LocationDetails location,
                            String modusOperandi) {
    }

    /** The auditable decision not to record a crime for an incident: a coded reason and a written rationale. */
    public record DecisionNotToRecord(Long version, String reasonCode, String rationale) {
    }

    /** Changes to a crime's details; status may move between OPEN and UNDER_INVESTIGATION here. */
    public record CrimeChanges(Long version, String committedFrom, String committedTo, List<Long> suspectIds,
                               IncidentDetails.LocationDetails location, String modusOperandi, String status) {
    }

    /** A new offence classification, and why. */
    public record Reclassification(Long version, String offenceCode, String reason) {
    }

    /** The registrar's cancellation: a counting-rules reason code and a rationale. */
    public record Cancellation(Long version, String reasonCode, String rationale) {
    }

    /**
     * Finalising with a Home Office outcome type. {@code suspectIds}, when given, are added to the crime's suspects
     * first (outcomes such as charge, caution, 15, 16 and 21 need a named suspect); {@code victimView} is the
     * victim's view, required by outcomes such as 14 and 16.
     */
    public record Finalisation(Long version, String outcomeCode, String rationale, String victimView,
                               List<Long> suspectIds) {
    }

    /** Reopening a finalised crime, and why. */
    public record Reopening(Long version, String reason) {
    }
}
