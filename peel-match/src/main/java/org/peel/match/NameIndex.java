package org.peel.match;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A searchable index of people by name, alias, date of birth and sex, over Apache Lucene.
 *
 * <p>Writes ({@link #put}, {@link #remove}) become searchable after {@link #refresh()} or {@link #commit(Map)}; they
 * survive a restart only after {@link #commit(Map)}. {@link #close()} does not commit. All methods are safe to call
 * from many threads; searches run concurrently with each other and with writes.
 *
 * <p>Searches return only matches with confidence at least {@link #CONFIDENCE_FLOOR}, best first. A confidence of
 * {@link #MATCH_THRESHOLD} or more is what Peel calls a match (for instance in the duplicate check).
 */
public interface NameIndex extends Closeable {

    /**
     * Matches below this confidence are not returned by {@link #search}. Low on purpose: a search by surname alone
     * ("Smith") can never be confident of one person, yet every Smith must be listed; what falls below is a person
     * with no more in common than, say, a common surname and a different forename.
     */
    double CONFIDENCE_FLOOR = 0.001;

    /** Suggested confidence from which a result counts as the same person (duplicate check, "is this person known?"). */
    double MATCH_THRESHOLD = 0.80;

    /** Opens the on-disk index in this directory, creating it when absent. */
    static NameIndex open(Path directory) throws IOException {
        return LuceneNameIndex.open(directory);
    }

    /** An index held in memory, for tests and the accuracy harness. */
    static NameIndex inMemory() {
        return LuceneNameIndex.inMemory();
    }

    /** Inserts the person, or replaces the person with the same id. Searchable after refresh or commit. */
    void put(PersonEntry person) throws IOException;

    /** Inserts or replaces many people at once; the fast path for imports and rebuilds. */
    void putAll(Collection<PersonEntry> people) throws IOException;

    /** Removes the person with this id, if present. */
    void remove(String id) throws IOException;

    /** Removes everyone. */
    void removeAll() throws IOException;

    /**
     * Makes every write so far durable and searchable, and stores {@code userData} with the commit (for example the
     * position in a change log up to which the index is complete).
     */
    void commit(Map<String, String> userData) throws IOException;

    /** The user data of the last durable commit; empty for a new index. */
    Map<String, String> committedUserData() throws IOException;

    /** Makes recent writes searchable without making them durable (near-real-time). */
    void refresh() throws IOException;

    /** People matching the query, best first, at most {@code limit}, each with confidence and reasons. */
    List<PersonMatch> search(NameQuery query, int limit) throws IOException;

    /**
     * As {@link #search(NameQuery, int)}, among only the people {@code visibility} admits. The filter is a clause of
     * the candidate query that does not score, so the people it leaves out take no candidate place and change no
     * other person's rank.
     */
    List<PersonMatch> search(NameQuery query, int limit, Visibility visibility) throws IOException;

    /** The number of people in the index, including writes not yet refreshed (this refreshes). */
    long size() throws IOException;
}
