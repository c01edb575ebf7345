package org.peel.server.crime;

import java.time.Instant;

/** When a crime was committed: from the earliest to the latest it could have been (the same moment when known). */
record CommittedPeriod(Instant from, Instant to) {
}
