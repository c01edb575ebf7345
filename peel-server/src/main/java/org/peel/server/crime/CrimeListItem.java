package org.peel.server.crime;

import java.time.Instant;

/** A crime as its list shows it. */
public record CrimeListItem(long id, String reference, long incidentId, String offenceCode, String offenceTitle,
                            String categoryTitle, CrimeStatus status, String statusTitle, Instant recordedAt,
                            boolean recordedLate, Location location, String recordedBy) {
}
