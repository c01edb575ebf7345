package org.peel.server.retention;

import org.peel.server.access.Role;
import org.peel.server.people.Erasure;
import org.peel.server.people.PersonErasedException;
import org.peel.server.platform.FieldErrors;
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
@RequestMapping("/api/retention")
@Tag(name = "Retention", description = "Review of people's records under the Management of Police Information "
        + "(MoPI): the queue of records due for review, and a supervisor's decision to retain or erase each.")
class RetentionController {

    /** A supervisor's decision at a review: why the record is kept, or why it is no longer necessary. */
    record Decision(String reason) {
    }

    private final RetentionReviews reviews;

    RetentionController(RetentionReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/due")
    @PreAuthorize(Role.SUPERVISORS)
    @Operation(summary = "People due for review", description = "Oldest due first, a page at a time. Each person "
            + "listed is written to the audit log as a consultation.")
    RetentionReviews.Queue due(@RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        return reviews.due(page, size);
    }

    @GetMapping("/people/{id}")
    @PreAuthorize(Role.SUPERVISORS)
    @Operation(summary = "A person's review", description = "Their MoPI group, latest activity, next review date and "
            + "last review. 409 when the person was erased.")
    RetentionReviews.Review review(@PathVariable long id) {
        return reviews.review(id);
    }

    @PostMapping("/people/{id}/retain")
    @PreAuthorize(Role.SUPERVISORS)
    @Operation(summary = "Retain a record at its review", description = "Send {\"reason\": ...}. The next review is "
            + "the group's period from today. 400 without a reason, 404 for no such person, 409 when the record is "
            + "not due or was erased; nothing is changed then.")
    RetentionReviews.Review retain(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return reviews.retain(id, reason(decision));
    }

    @PostMapping("/people/{id}/erase")
    @PreAuthorize(Role.SUPERVISORS)
    @Operation(summary = "Erase a record at its review", description = "Send {\"reason\": ...}. Removes the person's "
            + "details and history, leaving a tombstone (id, when, by whom, why) and the audit trail; search forgets "
            + "them. 400 without a reason, 404 for no such person, 409 when not due or already erased.")
    Erasure erase(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return reviews.erase(id, reason(decision));
    }

    private static String reason(Decision decision) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(decision, "send {\"reason\": \"...\"} as JSON");
        errors.throwIfAny();
        return decision.reason();
    }

    @ExceptionHandler(PersonErasedException.class)
    ResponseEntity<ProblemDetail> erased(PersonErasedException erased) {
        Erasure erasure = erased.erasure();
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemResponses.of(HttpStatus.CONFLICT,
                "person-erased", "This person was already erased", "Person " + erasure.personId()
                        + " was erased on " + erasure.erasedAt() + " by " + erasure.erasedBy() + ": nothing is left "
                        + "to review."));
    }

    @ExceptionHandler(ReviewNotDueException.class)
    ResponseEntity<ProblemDetail> notDue(ReviewNotDueException notDue) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemResponses.of(HttpStatus.CONFLICT,
                "review-not-due", "This record is not due for review", notDue.getMessage()));
    }
}
