package org.peel.match;

import java.util.Objects;
import java.util.Set;

/**
 * Which people a search may consider, applied as a filter before any candidate is gathered or scored, so that a
 * person a searcher may not see changes neither the results, nor their order, nor how many were found. People whose
 * {@link PersonEntry#readers()} is empty are open to everyone; a restricted person is open to a search holding one of
 * their reader keys.
 *
 * <pre>{@code
 * index.search(query, 50, Visibility.openTo(Set.of("user:j.smith", "team:Op Kestrel")));
 * }</pre>
 *
 * @param readerKeys the searcher's keys, such as {@code user:j.smith} and {@code team:Op Kestrel}
 * @param hidden     false: people open to everyone or to these keys ({@link #openTo}); true: only the restricted
 *                   people none of these keys opens ({@link #hiddenFrom}), to tell the searcher that such a record
 *                   matched without showing it
 */
public record Visibility(Set<String> readerKeys, boolean hidden) {

    public Visibility {
        readerKeys = Set.copyOf(Objects.requireNonNull(readerKeys, "readerKeys"));
    }

    /** The people open to everyone, and the restricted people one of these keys opens. */
    public static Visibility openTo(Set<String> readerKeys) {
        return new Visibility(readerKeys, false);
    }

    /** Only the restricted people that none of these keys opens. */
    public static Visibility hiddenFrom(Set<String> readerKeys) {
        return new Visibility(readerKeys, true);
    }
}
