package org.peel.server.places;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.peel.server.access.Role;
import org.peel.server.platform.FieldErrors;
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
@RequestMapping("/api")
@Tag(name = "Links and networks", description = "Links between POLE records (people, locations, vehicles, phones, "
        + "property, incidents, crimes, missing-person episodes, investigations), each with a role and the days it "
        + "held. Links are ended, never overwritten; ending one already ended answers 409. The network of a record "
        + "is what is linked to it within one or two steps, at most 200 records.")
class LinkController {

    private final Links links;
    private final PlacesReferenceData referenceData;

    LinkController(Links links, PlacesReferenceData referenceData) {
        this.links = links;
        this.referenceData = referenceData;
    }

    @PostMapping("/links")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Link two records", description = "fromKind and fromId, toKind and toId, role from "
            + "GET /api/links/roles, heldFrom and heldTo (YYYY-MM-DD) when known, note. A record that does not exist "
            + "is refused with 400 naming its field. Answers 201 with the link.")
    ResponseEntity<Link> link(@RequestBody PlacesRequests.NewLink request) {
        Link link = links.link(request);
        return ResponseEntity.created(URI.create("/api/links/" + link.id())).body(link);
    }

    @GetMapping("/links/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "View a link", description = "Written to the audit log as a consultation.")
    Link view(@PathVariable long id) {
        return links.view(id);
    }

    @PostMapping("/links/{id}/end")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "End a link", description = "endsOn, the last day it held (today when absent), and a "
            + "reason. A link already ended answers 409 and stays as it was.")
    Link end(@PathVariable long id, @RequestBody(required = false) PlacesRequests.Ending request) {
        return links.end(id, request);
    }

    @GetMapping("/links/roles")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Link roles", description = "From reference/link-roles.csv.")
    List<PlacesReferenceData.Code> roles() {
        return referenceData.linkRoles();
    }

    @GetMapping("/network/{kind}/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "The network around a record", description = "kind is person, location, vehicle, phone, "
            + "property, incident, crime, missing-episode or investigation. steps 1 or 2 (default 2); role (repeat "
            + "it) to follow only links with those roles; on (YYYY-MM-DD) for links holding on that day. At most 200 "
            + "records; capped says when more were found.")
    Network network(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "2") int steps,
                    @RequestParam(required = false) List<String> role, @RequestParam(required = false) String on) {
        FieldErrors errors = new FieldErrors();
        RecordKind recordKind = RecordKind.fromSlug(kind).orElse(null);
        if (recordKind == null) {
            errors.add("kind", "must be one of person, location, vehicle, phone, property, incident, crime, "
                    + "missing-episode, investigation; got '" + kind + "'");
        }
        LocalDate day = errors.date("on", on, false);
        if (steps < 1 || steps > 2) {
            errors.add("steps", "must be 1 or 2");
        }
        List<String> roles = role == null ? List.of() : role.stream().filter(code -> !code.isBlank()).toList();
        for (int i = 0; i < roles.size(); i++) {
            if (referenceData.linkRole(roles.get(i)).isEmpty()) {
                errors.add("role[" + i + "]", "is not a link role: one of " + referenceData.linkRoles().stream()
                        .map(PlacesReferenceData.Code::code).toList());
            }
        }
        errors.throwIfAny();
        return links.network(recordKind, id, steps, roles, day);
    }

    @ExceptionHandler(AlreadyEndedException.class)
    ResponseEntity<ProblemDetail> alreadyEnded(AlreadyEndedException exception) {
        return LocationController.conflict(exception);
    }
}
