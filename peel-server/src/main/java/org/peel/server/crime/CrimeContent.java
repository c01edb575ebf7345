package org.peel.server.crime;

import java.util.List;

/**
 * What {@link CrimeValidator} makes of each request of {@link CrimeRequests} and {@link IncidentDetails} once it is
 * checked: typed, tidied and ready to store. A change carries the version of the record it was made to.
 */
final class CrimeContent {

    private CrimeContent() {
    }

    /** Crimes to record from an incident, one for each victim. */
    record NewCrimes(long version, CrimeReferenceData.Offence offence, CommittedPeriod committed, List<Long> victimIds,
                     List<Long> suspectIds, Location location, String modusOperandi) {
    }

    /** A change of a crime's details; {@code status} is OPEN or UNDER_INVESTIGATION. */
    record Changes(long version, CommittedPeriod committed, List<Long> suspectIds, Location location,
                   String modusOperandi, CrimeStatus status) {
    }

    record Reclassification(long version, CrimeReferenceData.Offence offence, String reason) {
    }

    record Cancellation(long version, CrimeReferenceData.Reason reason, String rationale) {
    }

    /** An outcome; {@code suspectIds} are the crime's suspects with any named now. */
    record Finalisation(long version, CrimeReferenceData.OutcomeType outcome, String rationale, String victimView,
                        List<Long> suspectIds) {
    }

    record Reopening(long version, String reason) {
    }

    /** A change of an incident's details. */
    record IncidentChange(long version, IncidentContent details) {
    }

    /** The decision not to record a crime for an incident. */
    record NotToRecord(long version, CrimeReferenceData.Reason reason, String rationale) {
    }
}
