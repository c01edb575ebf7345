package org.peel.server.crime;

import java.util.List;

/**
 * What an officer submits to register an incident, or to change one: plain values as typed, checked before
 * anything is stored.
 *
 * @param version           for a change, the version of the incident the change was made to; ignored when registering
 * @param reportedAt        when the report was received, ISO-8601 ({@code 2026-03-01T14:05:00Z}, or local time in the
 *                          force's zone without an offset); now when absent. The 24-hour clock runs from this time
 * @param channel           EMERGENCY_999, NON_EMERGENCY_101, ONLINE, IN_PERSON or THIRD_PARTY
 * @param reportingPersonId the person record of whoever reported it, when known
 * @param victimIds         the person records of the victims, when known. To add someone not yet known, run the
 *                          duplicate check ({@code POST /api/search/duplicates}) and then {@code POST /api/people}
 * @param location          an address (with or without a UK postcode) or a description in words
 * @param account           what was reported, in the reporter's words as far as possible
 * @param crimeRelated      the officer's view that the report describes a possible crime: starts the recording clock
 */
public record IncidentDetails(Long version, String reportedAt, String channel, Long reportingPersonId,
                              List<Long> victimIds, LocationDetails location, String account, Boolean crimeRelated) {

    /** A location as typed: address lines, town, postcode, and/or a description. */
    public record LocationDetails(String lines, String town, String postcode, String description) {
    }
}
