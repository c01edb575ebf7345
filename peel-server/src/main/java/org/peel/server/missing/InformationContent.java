package org.peel.server.missing;

import java.time.Instant;

/** A checked line of enquiry or sighting. */
record InformationContent(String learned, String source, Instant obtainedAt, String place, String postcode) {
}
