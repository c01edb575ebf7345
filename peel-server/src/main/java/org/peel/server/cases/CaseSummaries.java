package org.peel.server.cases;

import java.time.Clock;
import java.time.Instant;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditLog;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.RecordNotFoundException;
import org.peel.server.platform.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable case summary: one investigation as a PDF, for a named recipient and purpose. Data leaves Peel, so each
 * summary drawn writes a disclosure entry to the audit log (who, to whom, why, which investigation) in the same
 * transaction; a summary whose entry cannot be written is not given out.
 */
@Service
public class CaseSummaries {

    static final int MAX_RECIPIENT = 200;
    static final int MAX_PURPOSE = 500;

    private final Investigations investigations;
    private final CaseSummaryPdf pdf;
    private final AuditLog auditLog;
    private final Clock clock;

    CaseSummaries(Investigations investigations, CaseSummaryPdf pdf, AuditLog auditLog, Clock clock) {
        this.investigations = investigations;
        this.pdf = pdf;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A summary drawn: the investigation's reference (for the file name) and the PDF. */
    public record Summary(String reference, byte[] pdf) {
    }

    /**
     * The summary of the investigation for {@code recipient} (a person or body: "CPS Direct", "Children's Services,
     * Birmingham") and {@code purpose} (why they receive it), both required; written to the audit log as a disclosure.
     */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Summary disclose(long id, String recipient, String purpose) {
        FieldErrors errors = new FieldErrors();
        errors.requireText("recipient", recipient, MAX_RECIPIENT);
        errors.requireText("purpose", purpose, MAX_PURPOSE);
        errors.throwIfAny();
        Investigation investigation = investigations.find(id)
                .orElseThrow(() -> new RecordNotFoundException(Investigations.RECORD_TYPE, id));
        String to = Text.tidy(recipient);
        String why = Text.tidy(purpose);
        Instant now = clock.instant();
        byte[] drawn = pdf.draw(investigation, new CaseSummaryPdf.Disclosure(to, why, CurrentUser.username(), now));
        auditLog.record(AuditAction.DISCLOSURE, Investigations.RECORD_TYPE, id, "case summary of "
                + investigation.reference() + " (PDF) disclosed to " + to + " for " + why, why);
        return new Summary(investigation.reference(), drawn);
    }
}
