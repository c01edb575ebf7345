package org.peel.server.audit;

import java.time.LocalDate;

import org.peel.server.access.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The audit log's JSON API, for professional standards (role AUDITOR). */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/records/{recordType}/{recordId}")
    @PreAuthorize(Role.AUDIT)
    @Operation(summary = "Who accessed this record", description = "Every audit entry about one record (person, "
            + "crime, incident, missing_episode, investigation, ...), newest first, optionally by one user and "
            + "between two days (force time, both included). Reading it is itself logged.")
    AuditTrail.Page record(@PathVariable String recordType, @PathVariable String recordId,
                           @RequestParam(required = false) String user,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return trail.accessTo(recordType, recordId, new AuditTrail.Filter(user, from, to, page, size));
    }

    @GetMapping("/users/{username}")
    @PreAuthorize(Role.AUDIT)
    @Operation(summary = "What this user looked at and did", description = "Every audit entry naming one user, "
            + "newest first, optionally between two days. Reading it is itself logged.")
    AuditTrail.Page user(@PathVariable String username,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return trail.activityOf(username, new AuditTrail.Filter(null, from, to, page, size));
    }
}
