package org.peel.server.people;

import java.time.Instant;
import java.util.List;

/**
 * A person's restriction as its owner and those it is open to see it.
 *
 * @param current the restriction holding now, or null
 * @param history every restriction, the newest first (the current one too)
 * @param refused attempts to open the record refused since it was first restricted, the newest first
 */
public record Restrictions(Restriction current, List<Restriction> history, List<Refusal> refused) {

    /** One refused attempt: who tried, when, and what they tried to do. */
    public record Refusal(Instant at, String username, String detail) {
    }
}
