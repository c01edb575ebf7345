package org.peel.server.places;

/**
 * What officers submit to record locations, warnings, objects and links: plain values as typed, checked before
 * anything is stored. Dates are {@code YYYY-MM-DD}.
 */
public final class PlacesRequests {

    private PlacesRequests() {
    }

    /**
     * A location: an address ({@code lines}, with {@code town}, {@code postcode} and {@code uprn} when known), or a
     * place without one ({@code name} with a {@code gridReference} such as {@code SP 06789 84567}, or
     * {@code latitude} and {@code longitude}).
     */
    public record NewLocation(String lines, String town, String postcode, String uprn, String name,
                              String gridReference, Double latitude, Double longitude) {
    }

    /** A warning about a location: a type from {@code GET /api/locations/warning-types}, when it starts and ends. */
    public record NewWarning(String type, String startsOn, String endsOn, String note) {
    }

    /** Ending a warning or a link: the last day it held (today when absent) and why. */
    public record Ending(String endsOn, String reason) {
    }

    /** A vehicle: its registration (required) and what is known of it. */
    public record NewVehicle(String registration, String make, String model, String colour, String vin) {
    }

    /** A phone: its number and/or its handset's IMEI, and a description. */
    public record NewPhone(String number, String imei, String description) {
    }

    /** An item of property: what it is, its serial number and a category from the reference data. */
    public record NewPropertyItem(String description, String serialNumber, String category) {
    }

    /**
     * A link between two records, each named by kind ({@code PERSON}, {@code LOCATION}, {@code VEHICLE},
     * {@code PHONE}, {@code PROPERTY}, {@code INCIDENT}, {@code CRIME}, {@code MISSING_EPISODE},
     * {@code INVESTIGATION}) and id, with a role from {@code GET /api/links/roles} and the days it held.
     */
    public record NewLink(String fromKind, Long fromId, String toKind, Long toId, String role, String heldFrom,
                          String heldTo, String note) {
    }
}
