package org.peel.server.crime;

import java.time.Instant;

/**
 * An incident as its list shows it.
 *
 * @param state      where it stands against the 24-hour clock
 * @param stateTitle the same, as officers say it ("Late: no decision")
 * @param deadline   the end of the 24-hour clock
 * @param crimes     how many crimes were recorded from it
 */
public record IncidentListItem(long id, String reference, Instant reportedAt, ReportChannel channel,
                               String channelTitle, Location location, RecordingState state, String stateTitle,
                               Instant deadline, int crimes, String registeredBy) {
}
