package org.peel.server.oversight;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditTrail;
import org.peel.server.platform.InvalidInputException;
import org.peel.server.web.FormErrors;
import org.peel.server.web.OfficerPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The audit trail page for professional standards: every access to a record (by kind and id), or everything a user
 * did, filtered by user and days. A plain GET form, so a trail can be bookmarked and shared inside the department.
 */
@OfficerPage
@PreAuthorize(Role.AUDIT)
class AuditTrailPage {

    private static final int PAGE_SIZE = 50;
    private static final Map<String, String> LABELS = Map.of("recordType", "Kind of record", "recordId",
            "Record id", "user", "User", "from", "From", "to", "To", "page", "Page");
    static final List<String> RECORD_TYPES = List.of("person", "crime", "incident", "missing_episode",
            "investigation", AuditTrail.USER_RECORD_TYPE);

    private final AuditTrail trail;

    AuditTrailPage(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
                @RequestParam(required = false) String user, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Model model,
                HttpServletResponse response) {
        model.addAttribute("nav", "audit");
        model.addAttribute("recordTypes", RECORD_TYPES);
        model.addAttribute("recordType", recordType);
        model.addAttribute("recordId", recordId);
        model.addAttribute("userFilter", user);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("errors", FormErrors.none());
        boolean forRecord = recordId != null && !recordId.isBlank();
        boolean forUser = !forRecord && user != null && !user.isBlank();
        if (!forRecord && !forUser) {
            return "oversight/audit";
        }
        List<FormErrors.Problem> problems = new ArrayList<>();
        LocalDate fromDay = day("from", from, problems);
        LocalDate toDay = day("to", to, problems);
        if (problems.isEmpty()) {
            try {
                AuditTrail.Filter filter = new AuditTrail.Filter(user, fromDay, toDay, page, PAGE_SIZE);
                model.addAttribute("trail", forRecord ? trail.accessTo(recordType, recordId, filter)
                        : trail.activityOf(user, filter));
                model.addAttribute("heading", forRecord ? "Who accessed " + recordType + " " + recordId.strip()
                        : "What " + user.strip() + " did");
            } catch (InvalidInputException refused) {
                refused.errors().forEach(error -> problems.add(new FormErrors.Problem(error.field(),
                        error.message())));
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.of(problems,
                    field -> new FormErrors.Label(null, LABELS.getOrDefault(field, field))));
        }
        return "oversight/audit";
    }

    private static LocalDate day(String field, String text, List<FormErrors.Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FormErrors.Problem(field, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }
}
