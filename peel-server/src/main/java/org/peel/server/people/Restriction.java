package org.peel.server.people;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.peel.server.access.NeedToKnow;

/**
 * A need-to-know restriction of a person's record: only its owner (the supervisor who restricted it), the users it
 * names and the members of its team may see the record. Lifted restrictions are kept, as the record's history.
 *
 * @param owner      who restricted the record, and whom others are told to contact
 * @param users      the users named, besides the owner (user names, in alphabetical order)
 * @param team       the team whose members may see the record, or null
 * @param liftedAt   when the restriction ended (lifted, or replaced by a new one); null while it holds
 * @param liftReason why it was lifted
 */
public record Restriction(long id, long personId, String owner, List<String> users, String team, String reason,
                          Instant restrictedAt, Instant liftedAt, String liftedBy, String liftReason) {

    public Restriction {
        users = List.copyOf(users);
    }

    /** Whether the restriction still holds. */
    public boolean current() {
        return liftedAt == null;
    }

    /** The keys that open the record ({@link NeedToKnow}): the owner's, each named user's, the team's. */
    public Set<String> readerKeys() {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NeedToKnow.userKey(owner));
        users.forEach(user -> keys.add(NeedToKnow.userKey(user)));
        if (team != null) {
            keys.add(NeedToKnow.teamKey(team));
        }
        return keys;
    }

    /** Whether a user holding these keys may see the record. */
    public boolean opensTo(Set<String> keys) {
        return readerKeys().stream().anyMatch(keys::contains);
    }
}
