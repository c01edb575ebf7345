package org.peel.server.missing;

import java.time.Instant;
import java.util.List;

import org.peel.server.platform.AddressLocations;

/**
 * A missing-person episode as officers see it, with its computed states (review due or overdue, grading awaiting
 * confirmation, interview overdue, repeat missing person) worked out from stored times and the clock.
 *
 * @param version increases with every change; assessments, confirmations, closing and interviews must name it
 */
public record Episode(long id, long version, long personId, String personName, EpisodeStatus status,
                      Instant reportedAt, LastSeen lastSeen, String circumstances, String description,
                      String associates, String places, String medicalNeeds, boolean child, String childBasis,
                      boolean inCare, String reportedBy, String reporterContact, Risk risk,
                      List<RiskAssessment> assessments, List<Information> linesOfEnquiry, List<Information> sightings,
                      Closure closure, ReturnInterview returnInterview, Repeat repeat, Instant createdAt,
                      String createdBy, Instant updatedAt, String updatedBy) {

    /**
     * When and where the person was last seen, and by whom; {@code location} is the location on record the place
     * resolved to (null when it is not an address with a postcode).
     */
    public record LastSeen(Instant at, String place, String postcode, String by, AddressLocations.Place location) {
    }

    /**
     * The risk now. {@code currentGrade} is the latest confirmed grade (null until a supervisor confirms one);
     * {@code latestGrade} the latest assessed. The review schedule follows the higher of the two.
     */
    public record Risk(RiskGrade currentGrade, String currentGradeTitle, RiskGrade latestGrade,
                       boolean awaitingConfirmation, Instant awaitingConfirmationSince, Instant lastAssessedAt,
                       Instant reviewDueAt, ReviewState reviewState) {
    }

    /** A line of enquiry or a sighting. */
    public record Information(long id, String learned, String source, Instant obtainedAt, String place,
                              String postcode, Instant recordedAt, String recordedBy) {
    }

    /** How the episode ended. */
    public record Closure(EpisodeStatus outcome, Instant closedAt, String closedBy, Instant foundAt, String place,
                          String postcode, String foundBy, String condition, String reason) {
    }

    /** The return-home / prevention interview: due by {@code dueAt}; {@code state} is DUE, OVERDUE or DONE. */
    public record ReturnInterview(Instant dueAt, String state, Instant conductedAt, String conductedBy, String notes,
                                  String recordedBy) {
    }

    /** Episodes of this person within the rolling window, and whether that makes them a repeat missing person. */
    public record Repeat(int episodesInWindow, boolean repeatMissingPerson) {
    }
}
