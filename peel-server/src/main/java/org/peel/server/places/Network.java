package org.peel.server.places;

import java.time.LocalDate;
import java.util.List;

/**
 * The records linked to one record within one or two steps, and the links between them, as far as the filter lets
 * them through. At most {@link #MAX_NODES} records are shown; {@code capped} says when more were found.
 *
 * @param centre    the record the network is drawn from
 * @param nodes     the records shown, the centre first, then step one, then step two
 * @param edges     the links between the records shown
 * @param found     how many records were found within the steps (more than {@code nodes.size()} when capped)
 * @param capped    whether records were left out to keep the network readable
 * @param steps     1 or 2
 * @param roles     the link roles shown (empty for every role)
 * @param on        only links holding on this day, or null for links at any time
 */
public record Network(Node centre, List<Node> nodes, List<Edge> edges, int found, boolean capped, int steps,
                      List<String> roles, LocalDate on) {

    /** The most records a network shows. */
    public static final int MAX_NODES = 200;

    /** A record in the network and how many steps it is from the centre (0 for the centre). */
    public record Node(String key, RecordKind kind, long id, String label, String href, int step) {
    }

    /** A link in the network between two records shown. */
    public record Edge(long linkId, String fromKey, String toKey, String role, String roleTitle, LocalDate heldFrom,
                       LocalDate heldTo) {
    }
}
