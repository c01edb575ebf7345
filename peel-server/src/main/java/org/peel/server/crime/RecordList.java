package org.peel.server.crime;

import java.util.List;

/**
 * One page of the incident or crime list.
 *
 * @param items     the rows of this page
 * @param page      0-based page
 * @param size      rows a page
 * @param total     rows matching the filter, on every page
 * @param sort      the column sorted by
 * @param direction {@code asc} or {@code desc}
 */
public record RecordList<T>(List<T> items, int page, int size, long total, String sort, String direction) {

    /** Whether there is a page after this one. */
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
