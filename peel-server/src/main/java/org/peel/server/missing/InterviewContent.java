package org.peel.server.missing;

import java.time.Instant;

/** A checked return-home / prevention interview. */
record InterviewContent(Instant conductedAt, String conductedBy, String notes) {
}
