package org.peel.server.missing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.peel.match.PartialDate;
import org.peel.server.people.Person;
import org.peel.server.people.UkPostcode;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.ForceCalendar;
import org.springframework.stereotype.Component;

/**
 * Checks what an officer sent about a missing person and turns it into storable content, or refuses it naming every
 * field that is wrong and why. Nothing is stored when anything is wrong.
 */
@Component
class EpisodeValidator {

    static final int MAX_PLACE = 300;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;
    static final int MAX_LONG_TEXT = 4000;
    static final int MIN_RATIONALE = 10;
    static final int ADULT_AGE = 18;

    private final MissingReferenceData referenceData;
    /** Now, and ages worked out on the force's calendar. */
    private final ForceCalendar calendar;

    EpisodeValidator(MissingReferenceData referenceData, ForceCalendar calendar) {
        this.referenceData = referenceData;
        this.calendar = calendar;
    }

    /** Checks a report about {@code person} (empty when the id given names nobody). */
    ReportContent report(MissingRequests.Report report, Optional<Person> person) {
        FieldErrors errors = new FieldErrors();
        if (report == null) {
            errors.add("body", "is missing: send the report as JSON").throwIfAny();
        }
        if (report.personId() == null) {
            errors.add("personId", "is required: the id of the missing person's record (check POST /api/search/duplicates,"
                    + " then create them with POST /api/people if they are not known)");
        } else if (person.isEmpty()) {
            errors.add("personId", "there is no person with id " + report.personId()
                    + "; check POST /api/search/duplicates, then create them with POST /api/people");
        }
        Instant lastSeenAt = time("lastSeenAt", report.lastSeenAt(), true, errors);
        errors.requireText("lastSeenPlace", report.lastSeenPlace(), MAX_PLACE);
        String postcode = postcode("lastSeenPostcode", report.lastSeenPostcode(), errors);
        errors.limitText("lastSeenBy", report.lastSeenBy(), MAX_NAME);
        errors.requireText("circumstances", report.circumstances(), MAX_LONG_TEXT);
        errors.limitText("description", report.description(), MAX_TEXT);
        errors.limitText("associates", report.associates(), MAX_TEXT);
        errors.limitText("places", report.places(), MAX_TEXT);
        errors.limitText("medicalNeeds", report.medicalNeeds(), MAX_TEXT);
        errors.requireText("reportedBy", report.reportedBy(), MAX_NAME);
        errors.requireText("reporterContact", report.reporterContact(), MAX_NAME);
        Child child = child(report.child(), person, lastSeenAt, errors);
        AssessmentContent risk = null;
        if (report.risk() == null) {
            errors.add("risk", "is required: the initial risk assessment (grade, riskFactors, rationale)");
        } else {
            risk = assessmentFields("risk.", report.risk(), errors);
        }
        errors.throwIfAny();
        return new ReportContent(report.personId(), lastSeenAt, tidy(report.lastSeenPlace()), postcode,
                tidy(report.lastSeenBy()), text(report.circumstances()), text(report.description()),
                text(report.associates()), text(report.places()), text(report.medicalNeeds()), child.child(),
                child.basis(), Boolean.TRUE.equals(report.inCare()), tidy(report.reportedBy()),
                tidy(report.reporterContact()), risk);
    }

    /** Checks a risk assessment or review, which must name the episode's current version. */
    AssessmentContent assessment(MissingRequests.Assessment assessment) {
        FieldErrors errors = new FieldErrors();
        if (assessment == null) {
            errors.add("body", "is missing: send the grade, riskFactors and rationale as JSON").throwIfAny();
        }
        requireVersion(assessment.version(), errors);
        AssessmentContent content = assessmentFields("", assessment, errors);
        errors.throwIfAny();
        return content;
    }

    void confirmation(MissingRequests.Confirmation confirmation, FieldErrors errors) {
        if (confirmation == null) {
            errors.add("body", "is missing: send the version of the episode you read as JSON").throwIfAny();
        }
        requireVersion(confirmation.version(), errors);
        errors.limitText("note", confirmation.note(), MAX_TEXT);
    }

    /** Checks a line of enquiry ({@code sighting} false) or a sighting, made during an episode last seen then. */
    InformationContent information(MissingRequests.Information information, boolean sighting, Instant lastSeenAt) {
        FieldErrors errors = new FieldErrors();
        if (information == null) {
            errors.add("body", "is missing: send learned, source and obtainedAt as JSON").throwIfAny();
        }
        errors.requireText("learned", information.learned(), MAX_LONG_TEXT);
        errors.requireText("source", information.source(), MAX_PLACE);
        Instant obtainedAt = time("obtainedAt", information.obtainedAt(), true, errors);
        if (sighting) {
            errors.requireText("place", information.place(), MAX_PLACE);
            if (obtainedAt != null && obtainedAt.isBefore(lastSeenAt)) {
                errors.add("obtainedAt", "is before the person was last seen (" + lastSeenAt
                        + "); a sighting is after that time");
            }
        } else {
            errors.limitText("place", information.place(), MAX_PLACE);
        }
        String postcode = postcode("postcode", information.postcode(), errors);
        errors.throwIfAny();
        return new InformationContent(text(information.learned()), tidy(information.source()), obtainedAt,
                tidy(information.place()), postcode);
    }

    /** Checks the closing of an episode whose person was last seen at {@code lastSeenAt}. */
    ClosureContent closure(MissingRequests.Closure closure, Instant lastSeenAt) {
        FieldErrors errors = new FieldErrors();
        if (closure == null) {
            errors.add("body", "is missing: send the outcome and its details as JSON").throwIfAny();
        }
        requireVersion(closure.version(), errors);
        EpisodeStatus outcome = null;
        if (closure.outcome() == null || closure.outcome().isBlank()) {
            errors.add("outcome", "is required: one of FOUND, RETURNED, FOUND_DECEASED, NOT_MISSING");
        } else {
            try {
                outcome = EpisodeStatus.valueOf(closure.outcome().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                outcome = null;
            }
            if (outcome == null || outcome == EpisodeStatus.OPEN) {
                errors.add("outcome", "must be one of FOUND, RETURNED, FOUND_DECEASED, NOT_MISSING, got '"
                        + closure.outcome() + "'");
                outcome = null;
            }
        }
        boolean located = outcome != null && outcome != EpisodeStatus.NOT_MISSING;
        Instant at = time("at", closure.at(), located, errors);
        if (at != null && at.isBefore(lastSeenAt)) {
            errors.add("at", "is before the person was last seen (" + lastSeenAt + ")");
        }
        if (located) {
            errors.requireText("place", closure.place(), MAX_PLACE);
            errors.requireText("by", closure.by(), MAX_NAME);
        } else {
            errors.limitText("place", closure.place(), MAX_PLACE);
            errors.limitText("by", closure.by(), MAX_NAME);
        }
        String postcode = postcode("postcode", closure.postcode(), errors);
        if (outcome != null && outcome.needsReturnInterview()) {
            errors.requireText("condition", closure.condition(), MAX_TEXT);
        } else {
            errors.limitText("condition", closure.condition(), MAX_TEXT);
        }
        if (outcome == EpisodeStatus.FOUND_DECEASED || outcome == EpisodeStatus.NOT_MISSING) {
            if (errors.requireText("reason", closure.reason(), MAX_LONG_TEXT)
                    && closure.reason().strip().length() < MIN_RATIONALE) {
                errors.add("reason", "must explain the closing so that it can be audited (at least " + MIN_RATIONALE
                        + " characters)");
            }
        } else {
            errors.limitText("reason", closure.reason(), MAX_LONG_TEXT);
        }
        errors.throwIfAny();
        return new ClosureContent(outcome, at, tidy(closure.place()), postcode, tidy(closure.by()),
                text(closure.condition()), text(closure.reason()));
    }

    /** Checks a return interview held after a return at {@code returnedAt}. */
    InterviewContent interview(MissingRequests.ReturnInterview interview, Instant returnedAt) {
        FieldErrors errors = new FieldErrors();
        if (interview == null) {
            errors.add("body", "is missing: send conductedAt, conductedBy and notes as JSON").throwIfAny();
        }
        requireVersion(interview.version(), errors);
        Instant conductedAt = time("conductedAt", interview.conductedAt(), true, errors);
        if (conductedAt != null && returnedAt != null && conductedAt.isBefore(returnedAt)) {
            errors.add("conductedAt", "is before the person was found or returned (" + returnedAt + ")");
        }
        errors.requireText("conductedBy", interview.conductedBy(), MAX_NAME);
        errors.requireText("notes", interview.notes(), MAX_LONG_TEXT);
        errors.throwIfAny();
        return new InterviewContent(conductedAt, tidy(interview.conductedBy()), text(interview.notes()));
    }

    static void requireVersion(Long version, FieldErrors errors) {
        if (version == null) {
            errors.add("version", "is required: send the version of the episode you read");
        } else if (version < 0) {
            errors.add("version", "must be 0 or more");
        }
    }

    private AssessmentContent assessmentFields(String prefix, MissingRequests.Assessment assessment, FieldErrors errors) {
        RiskGrade grade = null;
        if (assessment.grade() == null || assessment.grade().isBlank()) {
            errors.add(prefix + "grade", "is required: one of " + List.of(RiskGrade.values()));
        } else {
            try {
                grade = RiskGrade.valueOf(assessment.grade().strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException unknown) {
                errors.add(prefix + "grade", "must be one of " + List.of(RiskGrade.values()) + ", got '"
                        + assessment.grade() + "'");
            }
        }
        Set<String> factors = new LinkedHashSet<>();
        List<String> given = assessment.riskFactors() == null ? List.of() : assessment.riskFactors();
        for (int i = 0; i < given.size(); i++) {
            Optional<MissingReferenceData.RiskFactor> factor = referenceData.riskFactor(given.get(i));
            if (factor.isEmpty()) {
                errors.add(prefix + "riskFactors[" + i + "]", "'" + given.get(i) + "' is not a known risk factor; use"
                        + " codes from GET /api/missing/reference/risk-factors");
            } else {
                factors.add(factor.get().code());
            }
        }
        if (errors.requireText(prefix + "rationale", assessment.rationale(), MAX_LONG_TEXT)
                && assessment.rationale().strip().length() < MIN_RATIONALE) {
            errors.add(prefix + "rationale", "must explain the grading so that it can be reviewed (at least "
                    + MIN_RATIONALE + " characters)");
        }
        return new AssessmentContent(grade, new ArrayList<>(factors), text(assessment.rationale()));
    }

    private record Child(boolean child, String basis) {
    }

    /**
     * A child is someone under 18 when last seen. Worked out from the dates of birth on record: a definite answer
     * there wins, and a stated answer that contradicts it is refused. Where the record cannot tell (no date of birth,
     * or a year only that straddles the 18th birthday), the officer must say.
     */
    private Child child(Boolean stated, Optional<Person> person, Instant lastSeenAt, FieldErrors errors) {
        List<PartialDate> births = person.map(Person::datesOfBirth).orElse(List.of());
        LocalDate day = calendar.day(lastSeenAt == null ? calendar.now() : lastSeenAt);
        boolean surelyChild = !births.isEmpty()
                && births.stream().allMatch(birth -> Period.between(birth.earliest(), day).getYears() < ADULT_AGE);
        boolean surelyAdult = !births.isEmpty()
                && births.stream().allMatch(birth -> Period.between(birth.latest(), day).getYears() >= ADULT_AGE);
        if (surelyChild || surelyAdult) {
            if (stated != null && stated != surelyChild) {
                errors.add("child", "is given as " + stated + " but the date of birth on the person's record makes them "
                        + (surelyChild ? "under " : "at least ") + ADULT_AGE
                        + " when last seen; leave child out, or correct the person's record");
            }
            return new Child(surelyChild, "DATE_OF_BIRTH");
        }
        if (stated == null) {
            if (person.isPresent()) {
                errors.add("child", "is required: the person's record does not show whether they are under "
                        + ADULT_AGE + "; say true or false");
            }
            return new Child(false, "STATED");
        }
        return new Child(stated, "STATED");
    }

    private Instant time(String field, String text, boolean required, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(field, "is required: a date and time with an offset, such as 2026-11-27T14:30:00Z");
            }
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException bad) {
            errors.add(field, "'" + text + "' is not a date and time with an offset, such as 2026-11-27T14:30:00Z");
            return null;
        }
        if (instant.isAfter(calendar.now().plusSeconds(60))) {
            errors.add(field, "is in the future");
            return null;
        }
        return instant;
    }

    private static String postcode(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<String> normalised = UkPostcode.normalise(text);
        if (normalised.isEmpty()) {
            errors.add(field, "'" + text + "' is not a UK postcode (for example B11 4AB or SW1A 1AA)");
            return null;
        }
        return normalised.get();
    }

    private static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
