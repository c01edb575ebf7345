package org.peel.server.crime;

import java.time.LocalDate;
import java.util.List;

import org.peel.server.access.Role;
import org.peel.server.platform.FieldErrors;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Crimes", description = "Recorded crimes: classification and reclassification, cancellation by the Force "
        + "Crime Registrar, Home Office outcomes, reopening, and the compliance view. Every action sends the version "
        + "it was made to (409 if someone changed the crime since).")
class CrimeController {

    private final Crimes crimes;
    private final CrimeCompliance compliance;
    private final CrimeReferenceData referenceData;

    CrimeController(Crimes crimes, CrimeCompliance compliance, CrimeReferenceData referenceData) {
        this.crimes = crimes;
        this.compliance = compliance;
        this.referenceData = referenceData;
    }

    @GetMapping("/api/crimes")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "List crimes", description = "Filtered by day recorded, status, offence or category, place "
            + "or postcode, officer, person involved (victim or suspect) and whether recorded late; sorted and paged "
            + "(at most 100 a page). Written to the audit log as a search.")
    RecordList<CrimeListItem> list(
            @ParameterObject RecordListFilter filter) {
        return crimes.list(filter);
    }

    @GetMapping("/api/crimes/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "View a crime", description = "With its history of classifications, cancellation and "
            + "outcomes, and the other crimes from the same incident. Audited as a consultation.")
    ResponseEntity<CrimeRecord> view(@PathVariable long id) {
        return withEtag(crimes.view(id));
    }

    @PutMapping("/api/crimes/{id}")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Change a crime's details", description = "Times committed, place, suspects, modus "
            + "operandi, status OPEN or UNDER_INVESTIGATION.")
    ResponseEntity<CrimeRecord> update(@PathVariable long id, @RequestBody CrimeRequests.CrimeChanges changes) {
        return withEtag(crimes.update(id, changes));
    }

    @PostMapping("/api/crimes/{id}/reclassification")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Reclassify a crime", description = "A new offence code and the reason; the history keeps "
            + "who, when, from and to.")
    ResponseEntity<CrimeRecord> reclassify(@PathVariable long id, @RequestBody CrimeRequests.Reclassification request) {
        return withEtag(crimes.reclassify(id, request));
    }

    @PostMapping("/api/crimes/{id}/cancellation")
    @PreAuthorize(Role.REGISTRAR)
    @Operation(summary = "Cancel a crime (Force Crime Registrar only)", description = "A reason code from "
            + "GET /api/crime/reference/cancellation-reasons and a rationale. The crime keeps its reference number.")
    ResponseEntity<CrimeRecord> cancel(@PathVariable long id, @RequestBody CrimeRequests.Cancellation request) {
        return withEtag(crimes.cancel(id, request));
    }

    @PostMapping("/api/crimes/{id}/outcome")
    @PreAuthorize(Role.SUPERVISE)
    @Operation(summary = "Finalise a crime with a Home Office outcome", description = "Outcomes that need a named "
            + "suspect or the victim's view are refused without them (see GET /api/crime/reference/outcome-types). "
            + "The signed-in user is recorded as the decision maker.")
    ResponseEntity<CrimeRecord> finalise(@PathVariable long id, @RequestBody CrimeRequests.Finalisation request) {
        return withEtag(crimes.finalise(id, request));
    }

    @PostMapping("/api/crimes/{id}/reopening")
    @PreAuthorize(Role.SUPERVISE)
    @Operation(summary = "Reopen a finalised crime", description = "The outcome it had stays in its history.")
    ResponseEntity<CrimeRecord> reopen(@PathVariable long id, @RequestBody CrimeRequests.Reopening request) {
        return withEtag(crimes.reopen(id, request));
    }

    @GetMapping("/api/crime/compliance")
    @PreAuthorize(Role.SUPERVISE)
    @Operation(summary = "Crime recording compliance", description = "Crime-related incidents awaiting a decision "
            + "(least time left first), late incidents (longest overdue first), crimes recorded late, decisions not "
            + "to record, and crimes by day and category. from/to are days (14/02/2026 or 2026-02-14; default the last 28 days).")
    ComplianceView compliance(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) Integer limit) {
        FieldErrors days = new FieldErrors();
        LocalDate first = days.date("from", from, false);
        LocalDate last = days.date("to", to, false);
        days.throwIfAny();
        return compliance.view(first, last, limit);
    }

    @GetMapping("/api/crime/reference/offences")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Offence classifications", description = "Home Office codes, titles and crime categories.")
    List<CrimeReferenceData.Offence> offences() {
        return referenceData.offences();
    }

    @GetMapping("/api/crime/reference/outcome-types")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Home Office outcome types", description = "With the fields each needs.")
    List<CrimeReferenceData.OutcomeType> outcomeTypes() {
        return referenceData.outcomeTypes();
    }

    @GetMapping("/api/crime/reference/cancellation-reasons")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Cancellation reasons of the counting rules")
    List<CrimeReferenceData.Reason> cancellationReasons() {
        return referenceData.cancellationReasons();
    }

    @GetMapping("/api/crime/reference/no-crime-reasons")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Reasons for not recording a crime")
    List<CrimeReferenceData.Reason> noCrimeReasons() {
        return referenceData.noCrimeReasons();
    }

    private static ResponseEntity<CrimeRecord> withEtag(CrimeRecord crime) {
        return ResponseEntity.ok().eTag(IncidentController.etag(crime.version())).body(crime);
    }
}
