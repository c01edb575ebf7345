package org.peel.server.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param totalMatches     how many people matched in all (up to the search's cap)
 * @param tooMany          whether so many matched strongly that the officer should narrow the search
 * @param narrowingAdvice  how to narrow it, when {@code tooMany}; otherwise null
 * @param indexLag         how far the search index was behind the database; when it was catching up, the results say
 *                         so and include people found in the database by the exact name searched
 * @param restrictedOwners the owners to contact about restricted records that matched but are not shown (and not
 *                         counted), when the force's policy says to tell ({@code peel.restriction.search-shows});
 *                         otherwise empty
 */
public record SearchResults(List<SearchHit> hits, int page, int size, int totalMatches, boolean tooMany,
                            String narrowingAdvice, IndexLag indexLag, List<String> restrictedOwners) {

    public SearchResults {
        indexLag = indexLag == null ? IndexLag.NONE : indexLag;
        restrictedOwners = restrictedOwners == null ? List.of() : List.copyOf(restrictedOwners);
    }

    /** Results from an index that was not behind (or that a lag does not concern, such as a PNC ID). */
    public SearchResults(List<SearchHit> hits, int page, int size, int totalMatches, boolean tooMany,
                         String narrowingAdvice) {
        this(hits, page, size, totalMatches, tooMany, narrowingAdvice, IndexLag.NONE, List.of());
    }
}
