package org.peel.server.people;

import java.util.List;

/**
 * What an officer submits to create or change a person: plain text, as typed, checked by Peel before anything is
 * stored. Dates are written {@code YYYY-MM-DD}; a date of birth may also be {@code YYYY-MM} or {@code YYYY}.
 *
 * @param version for a change, the version of the record the change was made to (it is refused if someone else
 *                changed the record since); ignored when creating
 * @param sex     MALE, FEMALE or UNKNOWN (or M, F, U); UNKNOWN when absent
 */
public record PersonDetails(Long version, String sex, List<Name> names, List<String> datesOfBirth, List<IdentifierDetails> identifiers,
                            List<AddressDetails> addresses, List<MarkerDetails> warningMarkers,
                            List<MarkerDetails> vulnerabilityMarkers) {

    /**
     * A name: {@code type} is PRIMARY (exactly one), ALIAS, PREVIOUS or MAIDEN; PRIMARY when absent. A surname or
     * forenames that are not known are marked so ({@code surnameNotKnown}, {@code forenamesNotKnown}) and left
     * empty: an empty surname that is not marked is refused as a mistake.
     */
    public record Name(String type, String forenames, String surname, String asWritten, Boolean surnameNotKnown,
                       Boolean forenamesNotKnown) {

        /** A name whose surname is known. */
        public Name(String type, String forenames, String surname, String asWritten) {
            this(type, forenames, surname, asWritten, null, null);
        }

        boolean isSurnameNotKnown() {
            return Boolean.TRUE.equals(surnameNotKnown);
        }

        boolean isForenamesNotKnown() {
            return Boolean.TRUE.equals(forenamesNotKnown);
        }
    }

    public record IdentifierDetails(String type, String value) {
    }

    /**
     * An address. {@code from} and {@code to} ({@code YYYY-MM-DD}) are optional: a new address is current from the
     * day it is recorded; a change that leaves out an address the record holds ends it rather than deleting it.
     */
    public record AddressDetails(String lines, String town, String postcode, String from, String to) {

        /** A current address whose dates are not given. */
        public AddressDetails(String lines, String town, String postcode) {
            this(lines, town, postcode, null, null);
        }
    }

    public record MarkerDetails(String type, String startDate, String endDate, String note) {
    }
}
