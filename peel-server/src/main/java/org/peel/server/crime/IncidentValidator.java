package org.peel.server.crime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.peel.server.platform.FieldErrors;
import org.springframework.stereotype.Component;

/** Checks an incident as submitted and refuses it naming every field that is wrong, storing nothing. */
@Component
class IncidentValidator {

    static final int MAX_ACCOUNT = 8000;
    /** Clocks of devices and servers differ a little; a report a minute "in the future" is not an error. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

    private final CrimeInput input;
    private final Clock clock;

    IncidentValidator(CrimeInput input, Clock clock) {
        this.input = input;
        this.clock = clock;
    }

    IncidentContent check(IncidentDetails details) {
        FieldErrors errors = new FieldErrors();
        if (details == null) {
            errors.add("body", "is missing: send the incident as JSON").throwIfAny();
        }
        Instant now = clock.instant();
        Instant reportedAt = input.time("reportedAt", details.reportedAt(), errors);
        if (reportedAt == null && CrimeInput.blank(details.reportedAt())) {
            reportedAt = now;
        } else if (reportedAt != null && reportedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            errors.add("reportedAt", "is in the future");
        }
        ReportChannel channel = channel(details.channel(), errors);
        Long reportingPersonId = input.personId("reportingPersonId", details.reportingPersonId(), errors);
        List<Long> victimIds = input.personIds("victimIds", details.victimIds(), errors);
        Location location = CrimeInput.location("location", details.location(), errors);
        if (errors.requireText("account", details.account(), MAX_ACCOUNT) && details.account().strip().length() < 3) {
            errors.add("account", "must say what was reported");
        }
        errors.throwIfAny();
        return new IncidentContent(reportedAt, channel, reportingPersonId, victimIds, location,
                details.account().strip(), Boolean.TRUE.equals(details.crimeRelated()));
    }

    private static ReportChannel channel(String given, FieldErrors errors) {
        if (CrimeInput.blank(given)) {
            errors.add("channel", "is required: one of " + List.of(ReportChannel.values()));
            return null;
        }
        try {
            return ReportChannel.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add("channel", "must be one of " + List.of(ReportChannel.values()) + ", got '" + given + "'");
            return null;
        }
    }
}
