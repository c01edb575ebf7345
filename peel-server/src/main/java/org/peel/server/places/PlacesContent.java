package org.peel.server.places;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Requests once checked: the values the repositories store. */
final class PlacesContent {

    private PlacesContent() {
    }

    record LocationContent(Location.LocationKind kind, String lines, String town, String postcode, String uprn,
                           String name, String gridReference, BigDecimal latitude, BigDecimal longitude) {

        String searchText() {
            return AddressText.searchText(name, lines, town, postcode);
        }
    }

    record WarningContent(PlacesReferenceData.WarningType type, LocalDate startsOn, LocalDate endsOn, String note) {
    }

    record EndingContent(LocalDate endsOn, String reason) {
    }

    record VehicleContent(Registration registration, String make, String model, String colour, String vin) {
    }

    record PhoneContent(String number, String imei, String description) {
    }

    record PropertyContent(String description, String serialNumber, String serialKey,
                           PlacesReferenceData.Code category) {
    }

    record LinkContent(RecordKind fromKind, long fromId, RecordKind toKind, long toId, String role,
                       LocalDate heldFrom, LocalDate heldTo, String note) {
    }
}
