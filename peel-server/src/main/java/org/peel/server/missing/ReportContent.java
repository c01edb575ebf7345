package org.peel.server.missing;

import java.time.Instant;

/** A checked missing-person report, ready to store. */
record ReportContent(long personId, Instant lastSeenAt, String lastSeenPlace, String lastSeenPostcode, String lastSeenBy,
                     String circumstances, String description, String associates, String places, String medicalNeeds,
                     boolean child, String childBasis, boolean inCare, String reportedBy, String reporterContact,
                     AssessmentContent risk) {
}
