package org.peel.server.people;

import java.time.LocalDate;

/**
 * An address of a person. A person's addresses are kept, not overwritten: current ones first (most recent first),
 * then former ones with the day they ended.
 *
 * @param lines    house and street, one or more lines separated by commas
 * @param postcode a valid UK postcode in its standard form ("B11 4AB"), or null when unknown
 * @param from     the day the person is known to have lived there from, or null when not known
 * @param to       the day they stopped living there, or null while it is current
 * @param locationId the location on record this address resolved to (places), or null when it is not one (no
 *                   postcode) or not resolved yet
 */
public record Address(String lines, String town, String postcode, LocalDate from, LocalDate to, Long locationId) {

    /** An address as typed, before it is resolved to a location. */
    public Address(String lines, String town, String postcode, LocalDate from, LocalDate to) {
        this(lines, town, postcode, from, to, null);
    }

    /** A current address whose dates are not known. */
    public Address(String lines, String town, String postcode) {
        this(lines, town, postcode, null, null);
    }

    /** The reference of the location this address resolved to ({@code LOC-000123}), or null. */
    public String locationReference() {
        return locationId == null ? null : String.format("LOC-%06d", locationId);
    }

    /** Whether the person still lives there (as far as the record knows). */
    public boolean isCurrent() {
        return to == null;
    }

    /** Whether this is the same place as {@code other}, whatever the dates: same lines, town and postcode. */
    public boolean samePlaceAs(Address other) {
        return normal(lines).equals(normal(other.lines)) && normal(town).equals(normal(other.town))
                && normal(postcode).equals(normal(other.postcode));
    }

    private static String normal(String text) {
        return text == null ? "" : text.replaceAll("[\\s,.]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
