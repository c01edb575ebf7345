package org.peel.server.audit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Printing a page discloses what is on it: the layout's Print button posts here first, and the page is printed
 * only once the disclosure is in the audit log (who, when, which page and record). With JavaScript the page prints
 * at once; without, the officer comes back to the page and prints it from the browser.
 */
@Controller
class PrintedPages {

    /** The record a page shows, from its address: "/crimes/12" is crime 12. */
    private static final Pattern RECORD_PAGE = Pattern.compile(
            "/(people|incidents|crimes|missing/episodes|investigations)/(\\d+)(?:[/?#].*)?");
    private static final Map<String, String> RECORD_TYPES = Map.of("people", "person", "incidents", "incident",
            "crimes", "crime", "missing/episodes", "missing_episode", "investigations", "investigation");

    private final AuditLog auditLog;

    PrintedPages(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @PostMapping("/printed")
    @PreAuthorize("isAuthenticated()")
    @Transactional
    ResponseEntity<Void> printed(@RequestParam String page,
                                 @RequestHeader(name = "X-Requested-With", required = false) String script) {
        String printed = page.startsWith("/") && !page.startsWith("//") && page.length() <= 500 ? page : "/";
        Matcher record = RECORD_PAGE.matcher(printed);
        if (record.matches()) {
            auditLog.record(AuditAction.DISCLOSURE, RECORD_TYPES.get(record.group(1)), record.group(2),
                    "printed the page " + printed);
        } else {
            auditLog.record(AuditAction.DISCLOSURE, null, null, "printed the page " + printed);
        }
        if (script != null) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.status(303).header("Location", printed + (printed.contains("?") ? "&" : "?")
                + "printed").build();
    }
}
