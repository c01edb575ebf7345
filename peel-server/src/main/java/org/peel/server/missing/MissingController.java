package org.peel.server.missing;

import java.net.URI;
import java.time.Duration;
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
@RequestMapping("/api/missing")
@Tag(name = "Missing persons", description = "Missing-person episodes: the report, risk assessments graded on the "
        + "College of Policing scale and confirmed by a supervisor, reviews on a schedule, lines of enquiry and "
        + "sightings, closing and the return-home interview; a person's repeat history; the coordinator's view. "
        + "The missing person must be on record: run POST /api/search/duplicates, then POST /api/people if needed.")
class MissingController {

    private final MissingEpisodes episodes;
    private final MissingCoordination coordination;
    private final MissingReferenceData referenceData;
    private final MissingProperties properties;

    MissingController(MissingEpisodes episodes, MissingCoordination coordination, MissingReferenceData referenceData,
                      MissingProperties properties) {
        this.episodes = episodes;
        this.coordination = coordination;
        this.referenceData = referenceData;
        this.properties = properties;
    }

    @PostMapping("/episodes")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Report a missing person", description = "Opens an episode with its initial risk assessment, "
            + "which awaits a supervisor's confirmation. Answers 201; 400 naming each bad field, storing nothing.")
    ResponseEntity<Episode> report(@RequestBody MissingRequests.Report report) {
        Episode episode = episodes.report(report);
        return ResponseEntity.created(URI.create("/api/missing/episodes/" + episode.id()))
                .eTag(etag(episode)).body(episode);
    }

    @GetMapping("/episodes/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "View an episode", description = "With its risk, review due time and state, assessments, "
            + "lines of enquiry, sightings, closing and return interview. Audited as a consultation.")
    ResponseEntity<Episode> view(@PathVariable long id) {
        Episode episode = episodes.view(id);
        return ResponseEntity.ok().eTag(etag(episode)).body(episode);
    }

    @PostMapping("/episodes/{id}/assessments")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Assess or review the risk", description = "A new assessment (a review may keep the grade). "
            + "Send the episode's version; 409 if it changed since. The next review is due after the grade's interval.")
    ResponseEntity<Episode> assess(@PathVariable long id, @RequestBody MissingRequests.Assessment assessment) {
        Episode episode = episodes.assess(id, assessment);
        return ResponseEntity.status(201).eTag(etag(episode)).body(episode);
    }

    @PostMapping("/episodes/{id}/assessments/{assessmentId}/confirmation")
    @PreAuthorize(Role.SUPERVISORS)
    @Operation(summary = "Confirm the latest risk grading", description = "Supervisors only. The confirmed grade "
            + "becomes the episode's current grade. Send the episode's version.")
    ResponseEntity<Episode> confirm(@PathVariable long id, @PathVariable long assessmentId,
                                    @RequestBody MissingRequests.Confirmation confirmation) {
        Episode episode = episodes.confirm(id, assessmentId, confirmation);
        return ResponseEntity.ok().eTag(etag(episode)).body(episode);
    }

    @PostMapping("/episodes/{id}/enquiries")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Record a line of enquiry", description = "What was learned, its source and when it was "
            + "obtained (all required); the signed-in officer is recorded as the one who recorded it.")
    ResponseEntity<Episode> enquiry(@PathVariable long id, @RequestBody MissingRequests.Information information) {
        Episode episode = episodes.addLineOfEnquiry(id, information);
        return ResponseEntity.status(201).eTag(etag(episode)).body(episode);
    }

    @PostMapping("/episodes/{id}/sightings")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Record a sighting", description = "What was seen, where (place and optional postcode), who "
            + "reported it and when (after the person was last seen).")
    ResponseEntity<Episode> sighting(@PathVariable long id, @RequestBody MissingRequests.Information information) {
        Episode episode = episodes.addSighting(id, information);
        return ResponseEntity.status(201).eTag(etag(episode)).body(episode);
    }

    @PostMapping("/episodes/{id}/closure")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Close the episode", description = "FOUND or RETURNED (when, where, by whom, condition; the "
            + "return interview falls due), FOUND_DECEASED (with a reason) or NOT_MISSING (with a reason).")
    ResponseEntity<Episode> close(@PathVariable long id, @RequestBody MissingRequests.Closure closure) {
        Episode episode = episodes.close(id, closure);
        return ResponseEntity.ok().eTag(etag(episode)).body(episode);
    }

    @PostMapping("/episodes/{id}/return-interview")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Record the return-home / prevention interview")
    ResponseEntity<Episode> returnInterview(@PathVariable long id,
                                            @RequestBody MissingRequests.ReturnInterview interview) {
        Episode episode = episodes.recordReturnInterview(id, interview);
        return ResponseEntity.ok().eTag(etag(episode)).body(episode);
    }

    @GetMapping("/people/{personId}/history")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "A person's missing history", description = "Every episode, newest first, with where it "
            + "ended; and whether the person is a repeat missing person (3 or more episodes in a rolling year).")
    PersonHistory history(@PathVariable long personId) {
        return episodes.history(personId);
    }

    @GetMapping("/coordinator")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "The coordinator's view", description = "Open episodes by risk and in order of urgency, "
            + "reviews due and overdue, gradings awaiting confirmation, children missing, interviews overdue.")
    CoordinatorView coordinator(@RequestParam(defaultValue = "" + MissingCoordination.DEFAULT_LIMIT) int limit) {
        return coordination.view(limit);
    }

    /** A grade's wording and how often it is reviewed. */
    record GradeReference(RiskGrade code, String title, String description, long reviewIntervalMinutes) {
    }

    @GetMapping("/reference/risk-grades")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "The risk grades", description = "Their wording and review interval.")
    List<GradeReference> riskGrades() {
        return referenceData.grades().stream().map(grade -> new GradeReference(grade.code(), grade.title(),
                grade.description(), minutes(properties.reviewInterval(grade.code())))).toList();
    }

    @GetMapping("/reference/risk-factors")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "The risk-factor checklist")
    List<MissingReferenceData.RiskFactor> riskFactors() {
        return referenceData.riskFactors();
    }

    private static long minutes(Duration duration) {
        return duration.toMinutes();
    }

    private static String etag(Episode episode) {
        return "\"" + episode.version() + "\"";
    }
}
