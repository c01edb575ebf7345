package org.peel.server.people;

import java.net.URI;
import java.util.List;

import org.peel.server.access.Role;
import org.peel.server.platform.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/people")
@Tag(name = "People", description = "Person (nominal) records: names and aliases, dates of birth, identifiers, "
        + "addresses, warning and vulnerability markers. Send a reason for access in the Peel-Justification header.")
class PeopleController {

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @PostMapping
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Record a new person", description = "Answers 201 with the stored record and its "
            + "Location; 400 with a problem-details body naming each bad field, storing nothing.")
    ResponseEntity<Person> create(@RequestBody PersonDetails details) {
        Person person = people.create(details);
        return ResponseEntity.created(URI.create("/api/people/" + person.id())).eTag(etag(person)).body(person);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "View a person", description = "The view is written to the audit log as a consultation.")
    ResponseEntity<Person> view(@PathVariable long id) {
        Person person = people.view(id);
        return ResponseEntity.ok().eTag(etag(person)).body(person);
    }

    @GetMapping("/{id}/versions")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "The versions of a person", description = "Every version that can be looked at, oldest "
            + "first: each change keeps the person as they were before it and after it.")
    List<Long> versions(@PathVariable long id) {
        return people.versions(id);
    }

    @GetMapping("/{id}/versions/{version}")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "A person as they were", description = "The person at an earlier version: names, "
            + "addresses and markers as they stood then. Written to the audit log as a consultation.")
    Person version(@PathVariable long id, @PathVariable long version) {
        return people.viewVersion(id, version);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Change a person", description = "Send the full details with the version you read. "
            + "If someone else changed the record since, the answer is 409 and nothing is overwritten.")
    ResponseEntity<Person> update(@PathVariable long id, @RequestBody PersonDetails details) {
        Person person = people.update(id, details);
        return ResponseEntity.ok().eTag(etag(person)).body(person);
    }

    @PostMapping("/{id}/details")
    @PreAuthorize(Role.WRITE_RECORDS)
    @Operation(summary = "Add details to a person", description = "Adds the names (a main name becomes an alias), "
            + "dates of birth, identifiers, addresses and markers the record does not hold yet, changing nothing "
            + "else: what the duplicate check offers instead of recording a second person. Send the version you read; "
            + "409 if someone changed the record since.")
    ResponseEntity<Person> addDetails(@PathVariable long id, @RequestBody PersonDetails details) {
        Person person = people.addDetails(id, details);
        return ResponseEntity.ok().eTag(etag(person)).body(person);
    }

    @PutMapping("/{id}/restriction")
    @PreAuthorize(Role.SUPERVISE)
    @Operation(summary = "Restrict a person (need-to-know)", description = "Supervisors only. Only the users named, "
            + "the members of the team named and you (the owner) may then see the record; everyone else is refused "
            + "(403, logged and shown to you) and search shows them no detail. Replaces a restriction already "
            + "holding (kept in the history). Send users and/or team and a reason of at least 10 characters.")
    Restriction restrict(@PathVariable long id, @RequestBody RestrictionRequest request) {
        return people.restrict(id, request);
    }

    @DeleteMapping("/{id}/restriction")
    @PreAuthorize(Role.SUPERVISE)
    @Operation(summary = "Lift a person's restriction", description = "Supervisors the record is open to. The "
            + "reason (at least 10 characters) is required; the restriction is kept, ended, in the history. 404 when "
            + "the person is not restricted.")
    Restriction lift(@PathVariable long id, @RequestParam String reason) {
        return people.lift(id, reason);
    }

    @GetMapping("/{id}/restriction")
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "A person's restriction", description = "The restriction holding now (or null), every "
            + "earlier one, and the attempts to open the record that were refused: for those it is open to.")
    Restrictions restriction(@PathVariable long id) {
        return people.restrictions(id);
    }

    @GetMapping
    @PreAuthorize(Role.READ_RECORDS)
    @Operation(summary = "List people", description = "In the order they were recorded, a page at a time.")
    PersonPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return people.list(page, size);
    }

    /** An erased person's tombstone: 410 Gone, saying when, by whom and why (it holds no personal data). */
    @ExceptionHandler(PersonErasedException.class)
    ResponseEntity<ProblemDetail> erased(PersonErasedException erased) {
        Erasure erasure = erased.erasure();
        ProblemDetail problem = ProblemResponses.of(HttpStatus.GONE, "person-erased", "This person was erased",
                "Person " + erasure.personId() + " was erased on " + erasure.erasedAt() + " by "
                        + erasure.erasedBy() + ": " + erasure.reason());
        problem.setProperty("erasedAt", erasure.erasedAt().toString());
        problem.setProperty("erasedBy", erasure.erasedBy());
        problem.setProperty("reason", erasure.reason());
        return ResponseEntity.status(HttpStatus.GONE).body(problem);
    }

    private static String etag(Person person) {
        return "\"" + person.version() + "\"";
    }
}
