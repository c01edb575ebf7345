package org.peel.server.places;

import java.net.URI;
import java.util.List;

import org.peel.server.access.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "Objects", description = "Vehicles (registration written the standard way; searches tolerant of "
        + "misread characters and unknown ones), phones (number in E.164 form, IMEI with its check digit) and "
        + "property items (description, serial number, category). Link them to people, locations and events with "
        + "POST /api/links.")
class ThingController {

    private final Things things;
    private final PlacesReferenceData referenceData;

    ThingController(Things things, PlacesReferenceData referenceData) {
        this.things = things;
        this.referenceData = referenceData;
    }

    @PostMapping("/vehicles")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Record a vehicle", description = "registration (required: 2 to 8 letters and digits), "
            + "make, model, colour, vin. Answers 201; 400 naming each bad field, storing nothing.")
    ResponseEntity<Vehicle> recordVehicle(@RequestBody PlacesRequests.NewVehicle request) {
        Vehicle vehicle = things.recordVehicle(request);
        return ResponseEntity.created(URI.create("/api/vehicles/" + vehicle.id())).body(vehicle);
    }

    @GetMapping("/vehicles/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "View a vehicle", description = "Written to the audit log as a consultation.")
    Vehicle viewVehicle(@PathVariable long id) {
        return things.viewVehicle(id);
    }

    @GetMapping("/vehicles")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Find vehicles by registration", description = "Spaces and case ignored; O/0, I/1, S/5 and "
            + "B/8 read as the same; ? stands for one unknown character and * for any number (AB12 ?CD, AB12*). An "
            + "exact match comes first. At most limit (default 50, at most 200).")
    List<Vehicle> searchVehicles(@RequestParam String registration, @RequestParam(defaultValue = "50") int limit) {
        return things.searchVehicles(registration, limit);
    }

    @PostMapping("/phones")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Record a phone", description = "number (stored in E.164 form: 07700 900123 becomes "
            + "+447700900123) and/or imei (15 digits with a valid check digit), description. Answers 201; 400 naming "
            + "each bad field, storing nothing.")
    ResponseEntity<Phone> recordPhone(@RequestBody PlacesRequests.NewPhone request) {
        Phone phone = things.recordPhone(request);
        return ResponseEntity.created(URI.create("/api/phones/" + phone.id())).body(phone);
    }

    @GetMapping("/phones/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "View a phone", description = "Written to the audit log as a consultation.")
    Phone viewPhone(@PathVariable long id) {
        return things.viewPhone(id);
    }

    @GetMapping("/phones")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Find phones", description = "By number, written any way (07700 900123, +44 7700 900123), "
            + "or by IMEI.")
    List<Phone> searchPhones(@RequestParam String q, @RequestParam(defaultValue = "50") int limit) {
        return things.searchPhones(q, limit);
    }

    @PostMapping("/property")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Record an item of property", description = "description, serialNumber, category from "
            + "GET /api/property/categories. Answers 201; 400 naming each bad field, storing nothing.")
    ResponseEntity<PropertyItem> recordPropertyItem(@RequestBody PlacesRequests.NewPropertyItem request) {
        PropertyItem item = things.recordPropertyItem(request);
        return ResponseEntity.created(URI.create("/api/property/" + item.id())).body(item);
    }

    @GetMapping("/property/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "View an item of property", description = "Written to the audit log as a consultation.")
    PropertyItem viewPropertyItem(@PathVariable long id) {
        return things.viewPropertyItem(id);
    }

    @GetMapping("/property")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Find property by serial number", description = "Spaces, hyphens and case ignored.")
    List<PropertyItem> searchProperty(@RequestParam String serial, @RequestParam(defaultValue = "50") int limit) {
        return things.searchPropertyBySerial(serial, limit);
    }

    @GetMapping("/property/categories")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Property categories", description = "From reference/property-categories.csv.")
    List<PlacesReferenceData.Code> propertyCategories() {
        return referenceData.propertyCategories();
    }
}
