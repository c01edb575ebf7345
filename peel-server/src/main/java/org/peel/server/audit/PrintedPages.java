package org.peel.server.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peel.server.platform.JustificationPolicy;
import org.peel.server.platform.Justifications;
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
    private final JustificationPolicy policy;

    PrintedPages(AuditLog auditLog, JustificationPolicy policy) {
        this.auditLog = auditLog;
        this.policy = policy;
    }

    @PostMapping("/printed")
    @PreAuthorize("isAuthenticated()")
    @Transactional
    ResponseEntity<Void> printed(@RequestParam String page,
                                 @RequestHeader(name = "X-Requested-With", required = false) String script) {
        String printed = page.startsWith("/") && !page.startsWith("//") && page.length() <= 500 ? page : "/";
        Matcher record = RECORD_PAGE.matcher(printed);
        String recordType = record.matches() ? RECORD_TYPES.get(record.group(1)) : null;
        if (Justifications.current() == null && policy.requires(AuditAction.DISCLOSURE.name(), recordType)) {
            // The force asks for a reason first: the page script opens its reason field; without script, the
            // reason page asks and posts here again.
            return script != null ? ResponseEntity.status(428).build() : ResponseEntity.status(303)
                    .header("Location", "/printed/reason?page=" + URLEncoder.encode(printed, StandardCharsets.UTF_8))
                    .build();
        }
        auditLog.record(AuditAction.DISCLOSURE, recordType, recordType == null ? null : record.group(2),
                "printed the page " + printed);
        if (script != null) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.status(303).header("Location", printed + (printed.contains("?") ? "&" : "?")
                + "printed").build();
    }
}
