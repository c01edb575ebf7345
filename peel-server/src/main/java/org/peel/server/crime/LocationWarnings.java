package org.peel.server.crime;

import java.time.LocalDate;
import java.util.List;

/**
 * Where another module tells crime recording about warnings recorded against the place an incident or crime
 * happened (firearms believed at the address, a dangerous dog): the places module provides a bean of this type, and
 * the incident and crime (page and API) show what it finds when they have no linked location (see
 * {@code LocatedAddresses}). With no such bean, no warnings are shown.
 *
 * <p>A source answers in a fixed number of queries, without a permission check or an audit entry of its own: the
 * incident or crime it is asked for has already been checked and audited.
 */
public interface LocationWarnings {

    /** The warnings in force at {@code location} today; empty when there are none or the location is unknown. */
    List<Warning> at(Location location);

    /**
     * A warning in force at a location.
     *
     * @param type     what the warning is, as officers say it ("Firearms believed at the address")
     * @param advice   what an officer attending should do, or null
     * @param note     the note recorded with the warning, or null
     * @param startsOn the day it started
     * @param endsOn   the day it ends, or null
     * @param location the location it is recorded against, in one line, with its reference
     * @param href     the location's own page
     */
    record Warning(String type, String advice, String note, LocalDate startsOn, LocalDate endsOn, String location,
                   String href) {
    }
}
