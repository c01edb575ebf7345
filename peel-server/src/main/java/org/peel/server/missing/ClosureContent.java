package org.peel.server.missing;

import java.time.Instant;

/** A checked closing of an episode; fields an outcome does not use are null. */
record ClosureContent(EpisodeStatus outcome, Instant at, String place, String postcode, String by, String condition,
                      String reason) {
}
