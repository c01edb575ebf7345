package org.peel.server.cases;

import java.net.URI;
import java.util.List;

import org.peel.server.access.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/investigations")
@Tag(name = "Investigations", description = "Investigations (INV-YYYY-NNNNNN) grouping crimes and occurrences that "
        + "are not crimes, with people in roles, a versioned plan, an append-only log, tasks created by hand and by the "
        + "force's policy rules, supervisor reviews, and closure by outcome. Only the officer in charge or a supervisor "
        + "changes an investigation (a task's owner may also change the task): 403 otherwise. Changes name the version "
        + "read: 409 if it changed since. Bad input: 400 naming every bad field, nothing stored.")
class CasesController {

    private final Investigations investigations;
    private final Caseloads caseloads;
    private final CaseReferenceData referenceData;
    private final PolicyRules rules;
    private final CaseSummaries summaries;

    CasesController(Investigations investigations, Caseloads caseloads, CaseReferenceData referenceData,
                    PolicyRules rules, CaseSummaries summaries) {
        this.summaries = summaries;
        this.investigations = investigations;
        this.caseloads = caseloads;
        this.referenceData = referenceData;
        this.rules = rules;
    }

    @PostMapping
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Open an investigation", description = "Groups crimes (by crime id) and/or occurrences, links "
            + "people in roles, sets the officer in charge (default: you), the supervisor and the plan. The policy "
            + "rules create their tasks. Answers 201.")
    ResponseEntity<Investigation> open(@RequestBody CaseRequests.NewInvestigation request) {
        Investigation investigation = investigations.open(request);
        return ResponseEntity.created(URI.create("/api/investigations/" + investigation.id()))
                .eTag(etag(investigation)).body(investigation);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "View an investigation", description = "With crimes and their outcomes, occurrences, people, "
            + "plan and earlier plans, tasks and the log. Audited as a consultation.")
    ResponseEntity<Investigation> view(@PathVariable long id) {
        Investigation investigation = investigations.view(id);
        return ResponseEntity.ok().eTag(etag(investigation)).body(investigation);
    }

    @GetMapping("/{id}/summary.pdf")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "The printable case summary (PDF)", description = "People and roles, crimes and outcomes, "
            + "occurrences, plan, tasks and log, for a named recipient and purpose (both required; 400 otherwise). "
            + "Each summary is written to the audit log as a disclosure.")
    ResponseEntity<byte[]> summary(@PathVariable long id, @RequestParam(required = false) String recipient,
                                   @RequestParam(required = false) String purpose) {
        CaseSummaries.Summary summary = summaries.disclose(id, recipient, purpose);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + summary.reference() + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(summary.pdf());
    }

    @PutMapping("/{id}")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Change title, summary, priority, officer in charge or supervisor", description = "A change of "
            + "officer in charge or supervisor needs a reason and is written to the log.")
    ResponseEntity<Investigation> change(@PathVariable long id, @RequestBody CaseRequests.Changes changes) {
        return ok(investigations.change(id, changes));
    }

    @PostMapping("/{id}/plan")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Write a new version of the plan", description = "Earlier versions are kept.")
    ResponseEntity<Investigation> plan(@PathVariable long id, @RequestBody CaseRequests.Plan plan) {
        return ok(investigations.revisePlan(id, plan));
    }

    @PostMapping("/{id}/crimes")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Add a crime", description = "By crime id, with flags (DOMESTIC_ABUSE, CHILD, ...) and risk. "
            + "CHILD is added when the victim's date of birth makes them under 18.")
    ResponseEntity<Investigation> addCrime(@PathVariable long id, @RequestBody CaseRequests.CrimeLink link) {
        return created(investigations.addCrime(id, link));
    }

    @PutMapping("/{id}/crimes/{crimeId}")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Set a crime's flags and risk", description = "Rules that now hold create their tasks.")
    ResponseEntity<Investigation> flagCrime(@PathVariable long id, @PathVariable long crimeId,
                                            @RequestBody CaseRequests.FlagsAndRisk request) {
        return ok(investigations.flagCrime(id, crimeId, request));
    }

    @PostMapping("/{id}/occurrences")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Add an occurrence that is not a crime", description = "Types from "
            + "GET /api/investigations/reference/occurrence-types; a missing-person episode names the episode.")
    ResponseEntity<Investigation> addOccurrence(@PathVariable long id,
                                                @RequestBody CaseRequests.Occurrence occurrence) {
        return created(investigations.addOccurrence(id, occurrence));
    }

    @PutMapping("/{id}/occurrences/{occurrenceId}")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Set an occurrence's flags and risk")
    ResponseEntity<Investigation> flagOccurrence(@PathVariable long id, @PathVariable long occurrenceId,
                                                 @RequestBody CaseRequests.FlagsAndRisk request) {
        return ok(investigations.flagOccurrence(id, occurrenceId, request));
    }

    @PostMapping("/{id}/people")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Link a person in a role", description = "VICTIM, SUSPECT, WITNESS, REPORTING_PERSON or "
            + "PERSON_OF_INTEREST; the person must be on record.")
    ResponseEntity<Investigation> linkPerson(@PathVariable long id, @RequestBody CaseRequests.PersonLink link) {
        return created(investigations.linkPerson(id, link));
    }

    @PostMapping("/{id}/log")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Write to the log", description = "NOTE, DECISION (with rationale), VICTIM_CONTACT or "
            + "EVIDENCE. Entries are never changed: to correct one, write a new entry with correctsEntryId.")
    ResponseEntity<Investigation> log(@PathVariable long id, @RequestBody CaseRequests.LogEntry entry) {
        return created(investigations.addLogEntry(id, entry));
    }

    @PostMapping("/{id}/reviews")
    @PreAuthorize(Role.SUPERVISORS)
    @Operation(summary = "Record a supervisor's review", description = "Supervisors only, with a rationale; the next "
            + "review is due after the interval for the priority (28 days by default, 7 for high) unless set.")
    ResponseEntity<Investigation> review(@PathVariable long id, @RequestBody CaseRequests.Review review) {
        return created(investigations.review(id, review));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Change the status", description = "OPEN, PENDING_FURTHER_INFORMATION, FILED or CLOSED, with "
            + "a rationale. Filing, closing and reopening are a supervisor's; closing needs every crime finalised with "
            + "a Home Office outcome.")
    ResponseEntity<Investigation> status(@PathVariable long id, @RequestBody CaseRequests.StatusChange change) {
        return ok(investigations.changeStatus(id, change));
    }

    @PostMapping("/{id}/tasks")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Add a task", description = "Owner (default: the officer in charge), due time, priority.")
    ResponseEntity<Investigation> addTask(@PathVariable long id, @RequestBody CaseRequests.NewTask task) {
        return created(investigations.addTask(id, task));
    }

    @PostMapping("/{id}/tasks/{taskId}/completion")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Complete a task", description = "With its result and the task's version.")
    ResponseEntity<Investigation> complete(@PathVariable long id, @PathVariable long taskId,
                                           @RequestBody CaseRequests.Completion completion) {
        return ok(investigations.completeTask(id, taskId, completion));
    }

    @PostMapping("/{id}/tasks/{taskId}/allocation")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Re-allocate a task", description = "To another officer, with a reason; kept in history.")
    ResponseEntity<Investigation> reallocate(@PathVariable long id, @PathVariable long taskId,
                                             @RequestBody CaseRequests.Reallocation reallocation) {
        return ok(investigations.reallocateTask(id, taskId, reallocation));
    }

    @GetMapping("/my-work")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "My work", description = "Your active investigations and your open tasks, overdue first.")
    Caseload.MyWork myWork(@RequestParam(defaultValue = "" + Caseloads.DEFAULT_LIMIT) int limit) {
        return caseloads.myWork(limit);
    }

    @GetMapping("/team")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "The team view", description = "For a supervisor (default: you): reviews overdue, tasks "
            + "overdue, and investigations with no activity for the set number of days.")
    Caseload.TeamView team(@RequestParam(required = false) String supervisor,
                           @RequestParam(defaultValue = "" + Caseloads.DEFAULT_LIMIT) int limit) {
        return caseloads.team(supervisor, limit);
    }

    @GetMapping("/safeguarding")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "The safeguarding view", description = "Safeguarding work not done (risk assessments, "
            + "referrals), oldest first, with how long each has waited; the rules come from the policy rules file.")
    Caseload.SafeguardingView safeguarding(@RequestParam(defaultValue = "" + Caseloads.DEFAULT_LIMIT) int limit) {
        return caseloads.safeguarding(limit);
    }

    @GetMapping("/people/{personId}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "A person's investigations", description = "Newest first, with their roles.")
    List<Investigations.Involvement> involving(@PathVariable long personId) {
        return investigations.involving(personId);
    }

    @GetMapping("/reference/occurrence-types")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Occurrence types")
    List<CaseReferenceData.OccurrenceType> occurrenceTypes() {
        return referenceData.occurrenceTypes();
    }

    @GetMapping("/reference/flags")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "Flags on crimes and occurrences")
    List<CaseReferenceData.Flag> flags() {
        return referenceData.flags();
    }

    @GetMapping("/reference/policy-rules")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "The force's policy rules", description = "As read from the rules file at start-up.")
    List<PolicyRule> policyRules() {
        return rules.all();
    }

    private static ResponseEntity<Investigation> ok(Investigation investigation) {
        return ResponseEntity.ok().eTag(etag(investigation)).body(investigation);
    }

    private static ResponseEntity<Investigation> created(Investigation investigation) {
        return ResponseEntity.status(201).eTag(etag(investigation)).body(investigation);
    }

    private static String etag(Investigation investigation) {
        return "\"" + investigation.version() + "\"";
    }
}
