package org.peel.server.crime;

import java.time.Instant;
import java.util.List;

import org.peel.server.platform.AddressLocations;

/**
 * A recorded crime: one victim, one offence classification, and everything that happened to it. Whether it was
 * recorded late is computed from the stored recording time and deadline. {@code locationWarnings} are the warnings
 * in force where it happened (see {@link LocationWarnings}); {@code linkedLocation} is the location on record its
 * address resolved to (null when it is not an address).
 */
public record CrimeRecord(long id, String reference, long version, long incidentId, String incidentReference,
                          long victimId, CrimeReferenceData.Offence offence, Instant committedFrom,
                          Instant committedTo, Location location, List<Long> suspectIds, String modusOperandi,
                          CrimeStatus status, Instant recordedAt, String recordedBy, Instant recordingDeadline,
                          boolean recordedLate, Outcome outcome, Cancellation cancellation,
                          List<LinkedCrime> linkedCrimes, List<CrimeEvent> history, Instant updatedAt,
                          String updatedBy, AddressLocations.Place linkedLocation,
                          List<LocationWarnings.Warning> locationWarnings) {

    /** The Home Office outcome assigned when the crime was finalised, and the decision maker. */
    public record Outcome(String code, String title, String rationale, String victimView, Instant decidedAt,
                          String decidedBy) {
    }

    /** The registrar's cancellation. The crime keeps its reference number. */
    public record Cancellation(String reasonCode, String reasonTitle, String rationale, Instant cancelledAt,
                               String cancelledBy) {
    }

    /** Another crime recorded from the same incident (another victim of the same report). */
    public record LinkedCrime(long id, String reference, long victimId) {
    }
}
