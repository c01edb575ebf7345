package org.peel.server.places;

import java.time.Instant;

/** An item of property on record: what it is, its serial number when it has one, and its category. */
public record PropertyItem(long id, String description, String serialNumber, String categoryCode,
                           String categoryTitle, Instant createdAt, String createdBy) {

    /** How officers refer to the item: {@code PROP-} and its number. */
    public String reference() {
        return "PROP-" + String.format("%06d", id);
    }

    /** The item in one line. */
    public String summary() {
        return serialNumber == null ? description : description + " (serial " + serialNumber + ")";
    }
}
