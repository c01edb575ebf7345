package org.peel.server.missing;

import java.time.Instant;
import java.util.List;

/**
 * A person's missing history, newest first, with where each episode ended, and whether they are a repeat missing
 * person (at least {@code peel.missing.repeat-episodes} episodes reported within the rolling window).
 */
public record PersonHistory(long personId, int episodeCount, int episodesInWindow, boolean repeatMissingPerson,
                            List<Entry> episodes) {

    /** One episode of the history. */
    public record Entry(long episodeId, EpisodeStatus status, Instant reportedAt, Instant lastSeenAt,
                        String lastSeenPlace, Instant foundAt, String foundPlace, String foundPostcode) {
    }
}
