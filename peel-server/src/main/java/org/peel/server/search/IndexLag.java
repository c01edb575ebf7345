package org.peel.server.search;

import java.time.Duration;
import java.time.Instant;

/**
 * How far this server's search index is behind the database's change log when a search ran.
 *
 * @param catchingUp            whether the index has been behind for long enough that results may miss people (after
 *                              a restart, a bulk import or a rebuild); then results say so and people with exactly
 *                              the name searched are looked up in the database as well
 * @param changesBehind         changes in the change log the index has not applied yet (0 when caught up)
 * @param oldestUnindexedChange when the oldest change not yet in the index was written; null when caught up
 * @param secondsBehind         how old that change is, in seconds (0 when caught up)
 * @param message               what to tell the officer when {@code catchingUp}, otherwise null
 */
public record IndexLag(boolean catchingUp, long changesBehind, Instant oldestUnindexedChange, long secondsBehind,
                       String message) {

    /** The index holds everything the database holds. */
    public static final IndexLag NONE = new IndexLag(false, 0, null, 0, null);

    /** Behind by {@code changesBehind} changes, the oldest written at {@code oldest}. */
    static IndexLag behind(long changesBehind, Instant oldest, Instant now, boolean catchingUp) {
        Duration age = Duration.between(oldest, now);
        long seconds = Math.max(0, age.toSeconds());
        return new IndexLag(catchingUp, changesBehind, oldest, seconds, catchingUp ? message(seconds) : null);
    }

    /** "search is catching up: results may be missing people recorded in the last 12 minutes" */
    static String message(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        String span;
        if (minutes < 120) {
            span = minutes == 1 ? "minute" : minutes + " minutes";
        } else if (minutes < 48 * 60) {
            span = ((minutes + 59) / 60) + " hours";
        } else {
            span = ((minutes + 24 * 60 - 1) / (24 * 60)) + " days";
        }
        return "Search is catching up: results may be missing people recorded in the last " + span + ".";
    }
}
