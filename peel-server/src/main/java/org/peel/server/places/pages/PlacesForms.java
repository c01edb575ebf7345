package org.peel.server.places.pages;

import java.util.List;

import org.peel.server.web.FormAction;
import org.peel.server.web.FormErrors;

/** How the places forms call their fields, and the fields of the forms that record objects and locations. */
final class PlacesForms {

    private PlacesForms() {
    }

    /** A text field of a record form: its name (the API's field), label and hint. */
    record Field(String name, String label, String hint) {
    }

    static final List<Field> LOCATION = List.of(
            new Field("lines", "Address", "House number or name and street, for example 14 Acacia Avenue"),
            new Field("town", "Town", null),
            new Field("postcode", "Postcode", "For example M14 5XX"),
            new Field("uprn", "UPRN", "The Unique Property Reference Number, when known"),
            new Field("name", "Name of the place", "For a place without an address: Cannon Hill Park, the A38 "
                    + "northbound at junction 4"),
            new Field("gridReference", "Grid reference", "For a place without an address, for example SP 06789 84567"));

    static final List<Field> VEHICLE = List.of(
            new Field("registration", "Registration", "For example AB12 CDE"),
            new Field("make", "Make", null),
            new Field("model", "Model", null),
            new Field("colour", "Colour", null),
            new Field("vin", "VIN", "The 17-character vehicle identification number, when known"));

    static final List<Field> PHONE = List.of(
            new Field("number", "Phone number", "For example 07700 900123 or +44 7700 900123"),
            new Field("imei", "IMEI", "The handset's 15-digit IMEI, when known"),
            new Field("description", "Description", "For example black iPhone in a red case"));

    static final List<Field> PROPERTY = List.of(
            new Field("description", "Description", "What it is: make, model, colour, marks"),
            new Field("serialNumber", "Serial number", null));

    static FormErrors.Label label(String field) {
        String base = FormAction.fieldOf(field);
        for (List<Field> form : List.of(LOCATION, VEHICLE, PHONE, PROPERTY)) {
            for (Field known : form) {
                if (known.name().equals(base)) {
                    return new FormErrors.Label(null, known.label());
                }
            }
        }
        return new FormErrors.Label(null, switch (base) {
            case "category" -> "Category";
            case "type" -> "Kind of warning";
            case "startsOn" -> "Starts on";
            case "endsOn" -> "Ends on";
            case "note", "warningNote" -> "Note";
            case "reason" -> "Reason";
            case "toKind" -> "Kind of record";
            case "toId" -> "Record number";
            case "fromId" -> "This record";
            case "role" -> "Role";
            case "heldFrom" -> "Held from";
            case "heldTo" -> "Held to";
            case "latitude" -> "Latitude";
            case "longitude" -> "Longitude";
            case "on" -> "Holding on";
            default -> base;
        });
    }
}
