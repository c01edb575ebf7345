package org.peel.server.search;

/**
 * A search as an officer gives it: text as typed, checked by {@link PersonSearch}. Either {@code query} (free text
 * such as "john smith 12/3/85") or the structured name fields; the rest narrow the search.
 *
 * @param dateOfBirth {@code DD/MM/YYYY}, {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * @param bornFrom    earliest date of birth, {@code YYYY-MM-DD}
 * @param bornTo      latest date of birth, {@code YYYY-MM-DD}
 * @param ageFrom     youngest age today, in years
 * @param ageTo       oldest age today, in years
 * @param sex         MALE, FEMALE (or M, F); anything else or empty for any
 * @param postcode    a full postcode or its start ("B11"), matched against the person's addresses
 * @param page        0-based page of results
 * @param size        results per page, 1 to 100
 */
public record SearchRequest(String query, String forenames, String surname, String dateOfBirth, String bornFrom,
                            String bornTo, Integer ageFrom, Integer ageTo, String sex, String postcode, int page,
                            int size) {

    /** A free-text search, first page of 20. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, null, null, null, 0, 20);
    }
}
