package org.peel.server.platform;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the modules that hold an address (incidents, crimes, people's addresses, the place a missing person was last
 * seen) turn the address an officer typed into a location on record, and link their record to it, so that the
 * warnings at the address reach the record and the location lists the records there. The places module provides
 * the one bean; with none (a module tested alone), records keep their address text only.
 *
 * <p>It lives in platform because every module that holds an address uses it and places depends on those modules
 * (to describe their records), so none of them may depend on places. Calls join the caller's transaction and carry
 * no permission check: the caller has checked the write or read they are part of.
 */
public interface AddressLocations {

    /** What holds the address, and so how the record is linked to its location. */
    enum Holder {
        /** An incident HAPPENED AT its location. */
        INCIDENT,
        /** A crime HAPPENED AT its location. */
        CRIME,
        /** A person LIVES AT (or lived at) each of their addresses. */
        PERSON,
        /** A missing person was SEEN AT the place they were last seen. */
        MISSING_EPISODE
    }

    /**
     * The location at this address: the one on record at the same postcode whose first line is the same address
     * written perhaps another way ("14 acacia av" is "14 Acacia Avenue"), or else a new location recorded with the
     * text as typed. Empty when the text cannot be a location: no first line, or no UK postcode.
     */
    Optional<Place> locate(String lines, String town, String postcode);

    /** The location with this id, with the warnings in force; empty when there is none. */
    Optional<Place> find(long id);

    /** The locations with these ids, with the warnings in force, by id: a fixed number of queries however many. */
    Map<Long, Place> findAll(Collection<Long> ids);

    /**
     * Links a record to the location its address resolved to (a no-op when that link already holds; nothing when
     * {@code locationId} is null), and ends the link made the same way to {@code previousLocationId} when the
     * address is no longer there.
     */
    void link(Holder holder, long recordId, Long locationId, Long previousLocationId);

    /**
     * A location a record is linked to.
     *
     * @param reference {@code LOC-} and its number
     * @param summary   the location in one line
     * @param href      the location's page
     * @param warnings  the warnings in force there today
     */
    record Place(long id, String reference, String summary, String href, List<Warning> warnings) {
    }

    /**
     * A warning in force at a location.
     *
     * @param type   what the warning is, as officers say it ("Firearms believed at the address")
     * @param advice what an officer attending should do, or null
     * @param note   the note recorded with the warning, or null
     */
    record Warning(String type, String advice, String note, LocalDate startsOn, LocalDate endsOn) {
    }
}
