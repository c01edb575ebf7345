package org.peel.server.crime;

import java.net.URI;
import java.util.List;

import org.peel.server.access.Role;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/incidents")
@Tag(name = "Incidents", description = "Every report is registered as an incident first. A crime-related incident "
        + "starts the 24-hour recording clock: it needs a recorded crime or an auditable decision not to record one. "
        + "People (reporting person, victims) are linked by person id; to add someone new, run the duplicate check "
        + "POST /api/search/duplicates first, then POST /api/people.")
class IncidentController {

    private final Incidents incidents;
    private final Crimes crimes;

    IncidentController(Incidents incidents, Crimes crimes) {
        this.incidents = incidents;
        this.crimes = crimes;
    }

    @PostMapping
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Register an incident", description = "Answers 201 with the incident, its reference number "
            + "(INC-year-number) and its recording clock; 400 naming each bad field, storing nothing.")
    ResponseEntity<Incident> register(@RequestBody IncidentDetails details) {
        Incident incident = incidents.register(details);
        return ResponseEntity.created(URI.create("/api/incidents/" + incident.id())).eTag(etag(incident.version()))
                .body(incident);
    }

    @GetMapping
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "List incidents", description = "Filtered by day reported, where they stand against the "
            + "24-hour clock, offence of a crime recorded from them, place or postcode, officer and person involved; "
            + "sorted and paged (at most 100 a page). Written to the audit log as a search.")
    RecordList<IncidentListItem> list(
            @ParameterObject RecordListFilter filter) {
        return incidents.list(filter);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "View an incident", description = "With its clock (deadline, state, seconds left) and the "
            + "crimes recorded from it. Written to the audit log as a consultation.")
    ResponseEntity<Incident> view(@PathVariable long id) {
        Incident incident = incidents.view(id);
        return ResponseEntity.ok().eTag(etag(incident.version())).body(incident);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Change an incident", description = "Send the full details with the version you read; 409 "
            + "if someone changed it since. The time of report and the crime-relevance flag are fixed once decided.")
    ResponseEntity<Incident> update(@PathVariable long id, @RequestBody IncidentDetails details) {
        Incident incident = incidents.update(id, details);
        return ResponseEntity.ok().eTag(etag(incident.version())).body(incident);
    }

    @PostMapping("/{id}/crimes")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Record crimes from an incident", description = "One crime per victim (the incident's "
            + "victims unless victimIds is given), each with its own crime reference number, linked through the "
            + "incident. Send the incident's version. Answers 201 with the crimes.")
    ResponseEntity<List<CrimeRecord>> recordCrimes(@PathVariable long id, @RequestBody CrimeRequests.NewCrimes request) {
        List<CrimeRecord> recorded = crimes.record(id, request);
        return ResponseEntity.created(URI.create("/api/crimes/" + recorded.get(0).id())).body(recorded);
    }

    @PostMapping("/{id}/decision-not-to-record")
    @PreAuthorize(Role.SUPERVISE)
    @Operation(summary = "Decide not to record a crime", description = "The auditable reason (a code from "
            + "GET /api/crime/reference/no-crime-reasons) and a written rationale. Supervisors and the registrar.")
    Incident decideNotToRecord(@PathVariable long id, @RequestBody CrimeRequests.DecisionNotToRecord decision) {
        return incidents.decideNotToRecord(id, decision);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
