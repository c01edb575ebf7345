package org.peel.server.places;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.Text;
import org.springframework.stereotype.Component;

/**
 * Checks what officers send to the places module and turns it into content to store, reporting every bad field at
 * once (400 naming each field; nothing is stored).
 */
@Component
class PlacesValidator {

    private final PlacesReferenceData referenceData;
    private final PoleRecords records;
    private final ForceCalendar calendar;

    PlacesValidator(PlacesReferenceData referenceData, PoleRecords records, ForceCalendar calendar) {
        this.referenceData = referenceData;
        this.records = records;
        this.calendar = calendar;
    }

    PlacesContent.LocationContent location(PlacesRequests.NewLocation request) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the location as JSON");
        String lines = Text.tidy(request.lines());
        String town = Text.tidy(request.town());
        String name = Text.tidy(request.name());
        errors.limitText("lines", lines, 300);
        errors.limitText("town", town, 100);
        errors.limitText("name", name, 200);
        String postcode = errors.postcode("postcode", request.postcode());
        String uprn = Text.tidy(request.uprn());
        if (uprn != null && !uprn.matches("[0-9]{1,12}")) {
            errors.add("uprn", "'" + request.uprn() + "' is not a UPRN (1 to 12 digits)");
            uprn = null;
        }
        String grid = null;
        if (!Text.blank(request.gridReference())) {
            grid = GridReference.normalise(request.gridReference()).orElse(null);
            if (grid == null) {
                errors.add("gridReference", "'" + request.gridReference() + "' is not an Ordnance Survey grid "
                        + "reference (for example SP 06789 84567)");
            }
        }
        BigDecimal latitude = coordinate(errors, "latitude", request.latitude(), 49.0, 61.0);
        BigDecimal longitude = coordinate(errors, "longitude", request.longitude(), -8.7, 2.0);
        if ((request.latitude() == null) != (request.longitude() == null)) {
            errors.add(request.latitude() == null ? "latitude" : "longitude",
                    "is required with the " + (request.latitude() == null ? "longitude" : "latitude"));
        }
        Location.LocationKind kind = lines != null ? Location.LocationKind.ADDRESS : Location.LocationKind.PLACE;
        if (kind == Location.LocationKind.PLACE) {
            if (postcode != null || town != null || uprn != null) {
                errors.add("lines", "is required for an address: the house number or name and the street");
            } else if (name == null) {
                errors.add("name", "is required: give an address (lines), or name the place and give its grid "
                        + "reference or latitude and longitude");
            } else if (grid == null && request.latitude() == null && Text.blank(request.gridReference())) {
                errors.add("gridReference", "is required for a place without an address (or give latitude and "
                        + "longitude)");
            }
        }
        errors.throwIfAny();
        return new PlacesContent.LocationContent(kind, lines, town, postcode, uprn, name, grid, latitude, longitude);
    }

    private static BigDecimal coordinate(FieldErrors errors, String field, Double value, double min, double max) {
        if (value == null) {
            return null;
        }
        if (value.isNaN() || value < min || value > max) {
            errors.add(field, value + " is outside Great Britain (" + min + " to " + max + ")");
            return null;
        }
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }

    PlacesContent.WarningContent warning(PlacesRequests.NewWarning request) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the warning as JSON");
        PlacesReferenceData.WarningType type = null;
        if (Text.blank(request.type())) {
            errors.add("type", "is required: one of " + referenceData.warningTypes().stream()
                    .map(PlacesReferenceData.WarningType::code).toList());
        } else {
            type = referenceData.warningType(request.type()).orElse(null);
            if (type == null) {
                errors.add("type", "must be one of " + referenceData.warningTypes().stream()
                        .map(PlacesReferenceData.WarningType::code).toList() + ", got '" + request.type() + "'");
            }
        }
        LocalDate starts = errors.date("startsOn", request.startsOn(), false);
        LocalDate ends = errors.date("endsOn", request.endsOn(), false);
        if (starts == null && Text.blank(request.startsOn())) {
            starts = calendar.today();
        }
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.add("endsOn", "is before the day the warning starts");
        }
        String note = Text.tidyLines(request.note());
        errors.limitText("note", note, 2000);
        errors.throwIfAny();
        return new PlacesContent.WarningContent(type, starts, ends, note);
    }

    PlacesContent.EndingContent ending(PlacesRequests.Ending request, LocalDate notBefore) {
        FieldErrors errors = new FieldErrors();
        PlacesRequests.Ending given = request == null ? new PlacesRequests.Ending(null, null) : request;
        LocalDate ends = errors.date("endsOn", given.endsOn(), false);
        if (ends == null && Text.blank(given.endsOn())) {
            ends = calendar.today();
        }
        if (ends != null && notBefore != null && ends.isBefore(notBefore)) {
            errors.add("endsOn", "is before the day it started (" + notBefore + ")");
        }
        String reason = Text.tidyLines(given.reason());
        errors.limitText("reason", reason, 2000);
        errors.throwIfAny();
        return new PlacesContent.EndingContent(ends, reason);
    }

    PlacesContent.VehicleContent vehicle(PlacesRequests.NewVehicle request) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the vehicle as JSON");
        Registration registration = null;
        if (errors.requireText("registration", request.registration(), 20)) {
            registration = Registration.of(request.registration()).orElse(null);
            if (registration == null) {
                errors.add("registration", "'" + request.registration() + "' is not a vehicle registration (2 to 8 "
                        + "letters and digits with at least one of each, for example AB12 CDE)");
            }
        }
        String make = Text.tidy(request.make());
        String model = Text.tidy(request.model());
        String colour = Text.tidy(request.colour());
        String vin = Text.tidy(request.vin());
        errors.limitText("make", make, 60);
        errors.limitText("model", model, 60);
        errors.limitText("colour", colour, 40);
        if (vin != null) {
            vin = vin.replace(" ", "").toUpperCase(Locale.ROOT);
            if (!vin.matches("[A-HJ-NPR-Z0-9]{17}")) {
                errors.add("vin", "'" + request.vin() + "' is not a vehicle identification number (17 letters and "
                        + "digits, never I, O or Q)");
            }
        }
        errors.throwIfAny();
        return new PlacesContent.VehicleContent(registration, make, model, colour, vin);
    }

    PlacesContent.PhoneContent phone(PlacesRequests.NewPhone request) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the phone as JSON");
        String number = null;
        if (!Text.blank(request.number())) {
            number = PhoneNumber.e164(request.number()).orElse(null);
            if (number == null) {
                errors.add("number", "'" + request.number() + "' is not a phone number (for example 07700 900123 "
                        + "or +44 7700 900123)");
            }
        }
        String imei = null;
        if (!Text.blank(request.imei())) {
            imei = PhoneNumber.imei(request.imei()).orElse(null);
            if (imei == null) {
                errors.add("imei", "'" + request.imei() + "' is not an IMEI (15 digits whose last is the check "
                        + "digit)");
            }
        }
        if (Text.blank(request.number()) && Text.blank(request.imei())) {
            errors.add("number", "is required unless the handset's IMEI is given");
        }
        String description = Text.tidy(request.description());
        errors.limitText("description", description, 200);
        errors.throwIfAny();
        return new PlacesContent.PhoneContent(number, imei, description);
    }

    PlacesContent.PropertyContent propertyItem(PlacesRequests.NewPropertyItem request) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the item as JSON");
        String description = Text.tidy(request.description());
        errors.requireText("description", description, 300);
        String serial = Text.tidy(request.serialNumber());
        errors.limitText("serialNumber", serial, 60);
        PlacesReferenceData.Code category = null;
        if (Text.blank(request.category())) {
            errors.add("category", "is required: one of " + codes(referenceData.propertyCategories()));
        } else {
            category = referenceData.propertyCategory(request.category()).orElse(null);
            if (category == null) {
                errors.add("category", "must be one of " + codes(referenceData.propertyCategories()) + ", got '"
                        + request.category() + "'");
            }
        }
        errors.throwIfAny();
        return new PlacesContent.PropertyContent(description, serial, serialKey(serial), category);
    }

    /** A serial number as searches compare it: letters and digits only, upper case. */
    static String serialKey(String serial) {
        return serial == null ? null : serial.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
    }

    PlacesContent.LinkContent link(PlacesRequests.NewLink request) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the link as JSON");
        RecordKind fromKind = errors.oneOf("fromKind", request.fromKind(), RecordKind.class, true);
        RecordKind toKind = errors.oneOf("toKind", request.toKind(), RecordKind.class, true);
        if (request.fromId() == null) {
            errors.add("fromId", "is required: the id of the record the link starts from");
        }
        if (request.toId() == null) {
            errors.add("toId", "is required: the id of the record the link goes to");
        }
        if (fromKind != null && request.fromId() != null && !records.exists(fromKind, request.fromId())) {
            errors.add("fromId", "no " + fromKind.title().toLowerCase(Locale.ROOT) + " has the id "
                    + request.fromId());
        }
        if (toKind != null && request.toId() != null && !records.exists(toKind, request.toId())) {
            errors.add("toId", "no " + toKind.title().toLowerCase(Locale.ROOT) + " has the id " + request.toId());
        }
        if (fromKind != null && fromKind == toKind && request.fromId() != null
                && request.fromId().equals(request.toId())) {
            errors.add("toId", "is the record the link starts from: a record cannot be linked to itself");
        }
        String role = null;
        if (Text.blank(request.role())) {
            errors.add("role", "is required: one of " + codes(referenceData.linkRoles()));
        } else {
            role = referenceData.linkRole(request.role()).map(PlacesReferenceData.Code::code).orElse(null);
            if (role == null) {
                errors.add("role", "must be one of " + codes(referenceData.linkRoles()) + ", got '"
                        + request.role() + "'");
            }
        }
        LocalDate from = errors.date("heldFrom", request.heldFrom(), false);
        LocalDate to = errors.date("heldTo", request.heldTo(), false);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("heldTo", "is before the day the link started to hold");
        }
        String note = Text.tidyLines(request.note());
        errors.limitText("note", note, 2000);
        errors.throwIfAny();
        return new PlacesContent.LinkContent(fromKind, request.fromId(), toKind, request.toId(), role, from, to, note);
    }

    private static String codes(java.util.List<PlacesReferenceData.Code> codes) {
        return codes.stream().map(PlacesReferenceData.Code::code).toList().toString();
    }
}
