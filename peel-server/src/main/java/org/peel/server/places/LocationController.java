package org.peel.server.places;

import java.net.URI;
import java.util.List;

import org.peel.server.access.Role;
import org.peel.server.platform.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
@RequestMapping("/api/locations")
@Tag(name = "Locations", description = "Locations as records of their own: a UK address (postcode checked and "
        + "written the standard way, UPRN when known) or a place without an address (a park, a stretch of road) with "
        + "a grid reference or latitude and longitude; and the warnings recorded about them (firearms believed at the "
        + "address, a dangerous dog, ...), which incidents and crimes recorded at the address show.")
class LocationController {

    private final Locations locations;
    private final PlacesReferenceData referenceData;

    LocationController(Locations locations, PlacesReferenceData referenceData) {
        this.locations = locations;
        this.referenceData = referenceData;
    }

    @PostMapping
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Record a location", description = "An address (lines, town, postcode, uprn) or a place "
            + "(name with gridReference, or latitude and longitude). Answers 201 with the location and its reference "
            + "(LOC-number); 400 naming each bad field (a malformed postcode, a UPRN already on record), storing "
            + "nothing.")
    ResponseEntity<Location> record(@RequestBody PlacesRequests.NewLocation request) {
        Location location = locations.record(request);
        return ResponseEntity.created(URI.create("/api/locations/" + location.id())).body(location);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "View a location", description = "With its warnings, current and ended. Written to the "
            + "audit log as a consultation.")
    Location view(@PathVariable long id) {
        return locations.view(id);
    }

    @GetMapping
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Find locations", description = "q is a reference (LOC-000123), a postcode (m14 5xx), a "
            + "postcode district (M14), or words of the address each matching the start of a word (\"14 acacia av\"), "
            + "optionally ending with the postcode. At most limit (default 50, at most 200).")
    List<Location> search(@RequestParam String q, @RequestParam(defaultValue = "50") int limit) {
        return locations.search(q, limit);
    }

    @PostMapping("/{id}/warnings")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Add a warning to a location", description = "type from GET /api/locations/warning-types, "
            + "startsOn (today when absent), endsOn when known, note. Answers 201 with the location.")
    ResponseEntity<Location> addWarning(@PathVariable long id, @RequestBody PlacesRequests.NewWarning request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(locations.addWarning(id, request));
    }

    @PostMapping("/{id}/warnings/{warningId}/end")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "End a warning", description = "endsOn (today when absent) and a reason. A warning already "
            + "ended answers 409 and stays as it was.")
    Location endWarning(@PathVariable long id, @PathVariable long warningId,
                        @RequestBody(required = false) PlacesRequests.Ending request) {
        return locations.endWarning(id, warningId, request);
    }

    @GetMapping("/warning-types")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Location warning types", description = "From reference/location-warning-types.csv.")
    List<PlacesReferenceData.WarningType> warningTypes() {
        return referenceData.warningTypes();
    }

    @ExceptionHandler(AlreadyEndedException.class)
    ResponseEntity<ProblemDetail> alreadyEnded(AlreadyEndedException exception) {
        return conflict(exception);
    }

    static ResponseEntity<ProblemDetail> conflict(AlreadyEndedException exception) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemResponses.of(HttpStatus.CONFLICT,
                "already-ended", "Already ended", exception.getMessage()));
    }
}
