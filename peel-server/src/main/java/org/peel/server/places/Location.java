package org.peel.server.places;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A location on record: a UK address ({@code lines}, {@code town}, {@code postcode} in standard form, {@code uprn}
 * when known) or a place without an address ({@code name} with a grid reference or latitude and longitude), with the
 * warnings recorded about it (current and ended).
 *
 * @param reference the location's reference, {@code LOC-} and its number
 */
public record Location(long id, String reference, long version, LocationKind kind, String lines, String town,
                       String postcode, String uprn, String name, String gridReference, BigDecimal latitude,
                       BigDecimal longitude, List<LocationWarning> warnings, Instant createdAt, String createdBy) {

    /** Whether a location is an address or a place without one. */
    public enum LocationKind {
        ADDRESS,
        PLACE
    }

    /** The reference of the location with this id: {@code LOC-000123}. */
    public static String referenceOf(long id) {
        return String.format("LOC-%06d", id);
    }

    /** The location in one line, for lists and links: name, lines, town and postcode as far as they are known. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {name, lines, town, postcode}) {
            if (part != null && !part.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(", ");
                }
                text.append(part);
            }
        }
        return text.toString();
    }

    /** The warnings in force (not ended). */
    public List<LocationWarning> currentWarnings() {
        return warnings.stream().filter(LocationWarning::current).toList();
    }
}
