package org.peel.server.places;

import java.time.Instant;

/** A phone on record: its number in E.164 form and/or its handset's IMEI, and a description ("black iPhone"). */
public record Phone(long id, String number, String imei, String description, Instant createdAt, String createdBy) {

    /** How officers refer to the phone: its number, else its IMEI. */
    public String reference() {
        return number != null ? number : "IMEI " + imei;
    }

    /** The phone in one line. */
    public String summary() {
        return description == null ? reference() : reference() + ", " + description;
    }
}
