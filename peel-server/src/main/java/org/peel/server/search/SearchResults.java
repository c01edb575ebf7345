package org.peel.server.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param totalMatches     how many people matched in all (up to the search's cap)
 * @param tooMany          whether so many matched strongly that the officer should narrow the search
 * @param narrowingAdvice  how to narrow it, when {@code tooMany}; otherwise null
 */
public record SearchResults(List<SearchHit> hits, int page, int size, int totalMatches, boolean tooMany,
                            String narrowingAdvice) {
}
