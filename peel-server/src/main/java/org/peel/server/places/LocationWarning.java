package org.peel.server.places;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A warning about a location: its type (code, title and the advice for anyone attending), the day it starts, the
 * day it ends when known, a note, and who recorded and who ended it.
 *
 * @param current whether the warning is in force today (started, and not ended)
 */
public record LocationWarning(long id, long locationId, String typeCode, String typeTitle, String advice,
                              LocalDate startsOn, LocalDate endsOn, String note, boolean current, Instant createdAt,
                              String createdBy, Instant endedAt, String endedBy) {
}
