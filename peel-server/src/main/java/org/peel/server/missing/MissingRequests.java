package org.peel.server.missing;

import java.util.List;

/**
 * What officers send. Times are ISO-8601 with an offset ({@code 2026-11-27T14:30:00Z} or {@code ...+00:00}); they
 * arrive as text so that every bad field can be named at once.
 */
public final class MissingRequests {

    private MissingRequests() {
    }

    /**
     * A missing-person report. {@code child} may be left out when the person's date of birth is on record; it must be
     * given when it is not. {@code risk} is the initial risk assessment.
     */
    public record Report(Long personId, String lastSeenAt, String lastSeenPlace, String lastSeenPostcode,
                         String lastSeenBy, String circumstances, String description, String associates,
                         String places, String medicalNeeds, Boolean child, Boolean inCare, String reportedBy,
                         String reporterContact, Assessment risk) {
    }

    /** A risk assessment or review: the grade, the factors considered (codes) and why. */
    public record Assessment(Long version, String grade, List<String> riskFactors, String rationale) {
    }

    /** A supervisor's confirmation of the latest assessment. */
    public record Confirmation(Long version, String note) {
    }

    /** A line of enquiry or a sighting: what was learned, from whom, when; a sighting also says where. */
    public record Information(String learned, String source, String obtainedAt, String place, String postcode) {
    }

    /**
     * Closing an episode. FOUND and RETURNED need when, where, by whom and the person's condition; FOUND_DECEASED needs
     * when, where, by whom and a reason; NOT_MISSING needs a reason.
     */
    public record Closure(Long version, String outcome, String at, String place, String postcode, String by,
                          String condition, String reason) {
    }

    /** The return-home / prevention interview held after a return. */
    public record ReturnInterview(Long version, String conductedAt, String conductedBy, String notes) {
    }
}
