package org.peel.server.crime;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * What an officer asks of the incident or crime list, as typed: every field may be empty. Checked by
 * {@link Incidents#list} and {@link Crimes#list}, which answer 400 naming any field they cannot read.
 *
 * @param from      first day (incidents: reported; crimes: recorded), as officers write dates: 14/02/2026, 2026-02-14
 * @param to        last day, included
 * @param status    incidents: {@code awaiting} (a decision is due, late or not), {@code late}, {@code in-time},
 *                  {@code crime-recorded}, {@code not-recorded}, {@code not-crime-related}; crimes: {@code open},
 *                  {@code under-investigation}, {@code finalised}, {@code cancelled}
 * @param late      only what is late: incidents past the 24-hour clock with no decision, crimes recorded late
 * @param offence   an offence code ("105A") or a crime category ("burglary"); for incidents, of a crime recorded
 *                  from them
 * @param place     a postcode or its start ("B11"), or words of the address or place ("acacia")
 * @param officer   the user name of who registered the incident or recorded the crime
 * @param person    the id of a person involved (reporting person, victim or suspect)
 * @param sort      the column to sort by: incidents {@code reported}, {@code reference}, {@code postcode}; crimes
 *                  {@code recorded}, {@code reference}, {@code offence}, {@code status}, {@code postcode}
 * @param direction {@code desc} (default, newest first) or {@code asc}
 * @param page      0-based page
 * @param size      rows a page, 1 to 100 (default 25)
 */
public record RecordListFilter(
        @Parameter(description = "first day, such as 14/02/2026 or 2026-02-14") String from,
        @Parameter(description = "last day, included") String to,
        @Parameter(description = "incidents: awaiting, late, in-time, crime-recorded, not-recorded or "
                + "not-crime-related; crimes: open, under-investigation, finalised or cancelled") String status,
        @Parameter(description = "only incidents past the 24-hour clock with no decision, or crimes recorded late")
        Boolean late,
        @Parameter(description = "offence code (105A) or crime category (burglary)") String offence,
        @Parameter(description = "postcode or its start (B11), or words of the address") String place,
        @Parameter(description = "user name of who registered the incident or recorded the crime") String officer,
        @Parameter(description = "id of a person involved (reporting person, victim or suspect)") Long person,
        @Parameter(description = "incidents: reported (default), reference or postcode; crimes: recorded (default), "
                + "reference, offence, status or postcode") String sort,
        @Parameter(description = "desc (default) or asc") String direction,
        @Parameter(description = "0-based page") Integer page,
        @Parameter(description = "rows a page, 1 to 100 (default 25)") Integer size) {

    /** The incident statuses a list may filter by, with the words officers see, in the order they are offered. */
    public static final java.util.Map<String, String> INCIDENT_STATUSES = ordered("awaiting",
            "Awaiting a crime decision (late or not)", "late", "Late: no decision after 24 hours", "in-time",
            "Awaiting a decision, within 24 hours", "crime-recorded", "Crime recorded", "not-recorded",
            "Decided not to record", "not-crime-related", "Not crime-related");
    /** The crime statuses a list may filter by, with the words officers see. */
    public static final java.util.Map<String, String> CRIME_STATUSES = ordered("open", "Open",
            "under-investigation", "Under investigation", "finalised", "Finalised", "cancelled", "Cancelled");

    /** No filter: the newest first. */
    public static RecordListFilter all() {
        return new RecordListFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static java.util.Map<String, String> ordered(String... pairs) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
