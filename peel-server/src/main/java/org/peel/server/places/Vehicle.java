package org.peel.server.places;

import java.time.Instant;

/** A vehicle on record: its registration as Peel writes it ("AB12 CDE"), what it is, and who recorded it. */
public record Vehicle(long id, String registration, String make, String model, String colour, String vin,
                      Instant createdAt, String createdBy) {

    /** The vehicle in one line: "AB12 CDE, blue Ford Focus". */
    public String summary() {
        String described = String.join(" ", java.util.stream.Stream.of(colour, make, model)
                .filter(part -> part != null && !part.isBlank()).toList());
        return described.isEmpty() ? registration : registration + ", " + described;
    }
}
