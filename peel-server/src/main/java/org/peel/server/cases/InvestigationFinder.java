package org.peel.server.cases;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditLog;
import org.peel.server.search.ReferenceFinder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investigation references in the home search box: {@code INV-2026-000123} as Peel writes it, and as officers type it
 * ("inv 2026 123", "inv2026/123", "INV-2026-123", "inv2026000123"). Two statements; the investigation found is audited
 * as a consultation, as opening it would be.
 */
@Component
class InvestigationFinder implements ReferenceFinder {

    /** "INV", then the year, then the number (leading zeros optional) after a separator, or six digits without one. */
    private static final Pattern TYPED = Pattern.compile(
            "(?i)\\s*inv[\\s./:_-]*(\\d{4})(?:[\\s./:_-]+0*(\\d{1,6})|(\\d{6}))\\s*");

    private final InvestigationRepository repository;
    private final AuditLog auditLog;

    InvestigationFinder(InvestigationRepository repository, AuditLog auditLog) {
        this.repository = repository;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public List<FoundRecord> find(String typed, int limit) {
        Optional<String> reference = reference(typed);
        if (reference.isEmpty() || limit < 1) {
            return List.of();
        }
        return repository.idOf(reference.get()).flatMap(repository::find).map(row -> {
            auditLog.record(AuditAction.CONSULTATION, Investigations.RECORD_TYPE, row.id(),
                    "found investigation " + row.reference() + " by its reference");
            return List.of(new FoundRecord("Investigation", row.reference(), row.title() + " · "
                    + row.status().title() + " · officer in charge " + row.officerInCharge(),
                    "/investigations/" + row.id()));
        }).orElse(List.of());
    }

    /** The reference Peel writes ({@code INV-2026-000123}) for what was typed, when it is one. */
    static Optional<String> reference(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher matcher = TYPED.matcher(typed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String number = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return Optional.of(String.format(Locale.ROOT, "INV-%s-%06d", matcher.group(1), Long.parseLong(number)));
    }
}
