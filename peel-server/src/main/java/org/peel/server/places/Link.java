package org.peel.server.places;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A link between two POLE records, with its role ("Registered keeper", "Lives at") and the days it held. A link is
 * ended (its {@code heldTo} set, with who ended it and why), never overwritten.
 *
 * @param from     the record the role is read from: the person who is the keeper, the vehicle used in the crime
 * @param to       the other record
 * @param heldFrom the first day it held, when known
 * @param heldTo   the last day it held; null while it still holds
 */
public record Link(long id, RecordRef from, RecordRef to, String role, String roleTitle, LocalDate heldFrom,
                   LocalDate heldTo, String note, Instant createdAt, String createdBy, Instant endedAt,
                   String endedBy, String endReason) {

    /** Whether the link has ended. */
    public boolean ended() {
        return heldTo != null;
    }

    /** One record at an end of a link, with what Peel shows of it. */
    public record RecordRef(RecordKind kind, long id, String label, String href) {

        public String key() {
            return kind.key(id);
        }
    }
}
