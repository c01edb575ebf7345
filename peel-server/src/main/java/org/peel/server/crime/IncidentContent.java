package org.peel.server.crime;

import java.time.Instant;
import java.util.List;

/** An incident's details once checked: ready to store. */
record IncidentContent(Instant reportedAt, ReportChannel channel, Long reportingPersonId, List<Long> victimIds,
                       Location location, String account, boolean crimeRelated) {
}
