package org.peel.server.missing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.peel.match.PartialDate;
import org.peel.server.people.Person;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.Text;
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
    /** Clocks of devices and servers differ a little; a time a minute "in the future" is not an error. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);
    static final Set<EpisodeStatus> CLOSING_OUTCOMES = EnumSet.complementOf(EnumSet.of(EpisodeStatus.OPEN));

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
        errors.requireBody(report, "send the report as JSON");
        if (report.personId() == null) {
            errors.add("personId", "is required: choose the missing person from a search by name, or record them "
                    + "first if Peel does not know them");
        } else if (person.isEmpty()) {
            errors.add("personId", "there is no person with id " + report.personId() + " on record: choose the "
                    + "person again from a search by name, or record them first");
        }
        Instant lastSeenAt = moment("lastSeenAt", report.lastSeenAt(), true, errors);
        errors.requireText("lastSeenPlace", report.lastSeenPlace(), MAX_PLACE);
        String postcode = errors.postcode("lastSeenPostcode", report.lastSeenPostcode());
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
        return new ReportContent(report.personId(), lastSeenAt, Text.tidy(report.lastSeenPlace()), postcode,
                Text.tidy(report.lastSeenBy()), Text.tidyLines(report.circumstances()),
                Text.tidyLines(report.description()), Text.tidyLines(report.associates()),
                Text.tidyLines(report.places()), Text.tidyLines(report.medicalNeeds()), child.child(), child.basis(),
                Boolean.TRUE.equals(report.inCare()), Text.tidy(report.reportedBy()),
                Text.tidy(report.reporterContact()), risk);
    }

    /** Checks a risk assessment or review, which must name the episode's current version. */
    AssessmentContent assessment(MissingRequests.Assessment assessment) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(assessment, "send the grade, riskFactors and rationale as JSON");
        errors.requireVersion(assessment.version());
        AssessmentContent content = assessmentFields("", assessment, errors);
        errors.throwIfAny();
        return content;
    }

    /**
     * Checks a supervisor's confirmation of assessment {@code assessmentId} of an episode that stands at
     * {@code status} and whose latest assessment is {@code latest}: only the latest, unconfirmed assessment of an open
     * episode can be confirmed.
     */
    ConfirmationContent confirmation(MissingRequests.Confirmation confirmation, EpisodeStatus status,
                                     EpisodeRepository.AssessmentRow latest, long assessmentId) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(confirmation, "send the version of the episode you read as JSON");
        errors.requireVersion(confirmation.version());
        errors.limitText("note", confirmation.note(), MAX_TEXT);
        if (latest.id() != assessmentId) {
            errors.add("assessment", "is not the latest assessment of this episode (that is " + latest.id()
                    + "); confirm the latest one");
        } else if (latest.confirmedAt() != null) {
            errors.add("assessment", "was already confirmed by " + latest.confirmedBy() + " at " + latest.confirmedAt());
        }
        if (status != EpisodeStatus.OPEN) {
            errors.add("episode", "is closed (" + status + "); there is no grading to confirm");
        }
        errors.throwIfAny();
        return new ConfirmationContent(confirmation.version(), Text.tidyLines(confirmation.note()));
    }

    /** Checks a line of enquiry ({@code sighting} false) or a sighting, made during an episode last seen then. */
    InformationContent information(MissingRequests.Information information, boolean sighting, Instant lastSeenAt) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(information, "send learned, source and obtainedAt as JSON");
        errors.requireText("learned", information.learned(), MAX_LONG_TEXT);
        errors.requireText("source", information.source(), MAX_PLACE);
        Instant obtainedAt = moment("obtainedAt", information.obtainedAt(), true, errors);
        if (sighting) {
            errors.requireText("place", information.place(), MAX_PLACE);
            if (obtainedAt != null && obtainedAt.isBefore(lastSeenAt)) {
                errors.add("obtainedAt", "is before the person was last seen (" + lastSeenAt
                        + "); a sighting is after that time");
            }
        } else {
            errors.limitText("place", information.place(), MAX_PLACE);
        }
        String postcode = errors.postcode("postcode", information.postcode());
        errors.throwIfAny();
        return new InformationContent(Text.tidyLines(information.learned()), Text.tidy(information.source()),
                obtainedAt, Text.tidy(information.place()), postcode);
    }

    /** Checks the closing of an episode whose person was last seen at {@code lastSeenAt}. */
    ClosureContent closure(MissingRequests.Closure closure, Instant lastSeenAt) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(closure, "send the outcome and its details as JSON");
        errors.requireVersion(closure.version());
        EpisodeStatus outcome = errors.oneOf("outcome", closure.outcome(), CLOSING_OUTCOMES, true);
        boolean located = outcome != null && outcome != EpisodeStatus.NOT_MISSING;
        Instant at = moment("at", closure.at(), located, errors);
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
        String postcode = errors.postcode("postcode", closure.postcode());
        if (outcome != null && outcome.needsReturnInterview()) {
            errors.requireText("condition", closure.condition(), MAX_TEXT);
        } else {
            errors.limitText("condition", closure.condition(), MAX_TEXT);
        }
        if (outcome == EpisodeStatus.FOUND_DECEASED || outcome == EpisodeStatus.NOT_MISSING) {
            errors.rationale("reason", closure.reason(), MIN_RATIONALE, MAX_LONG_TEXT);
        } else {
            errors.limitText("reason", closure.reason(), MAX_LONG_TEXT);
        }
        errors.throwIfAny();
        return new ClosureContent(outcome, at, Text.tidy(closure.place()), postcode, Text.tidy(closure.by()),
                Text.tidyLines(closure.condition()), Text.tidyLines(closure.reason()));
    }

    /** Checks a return interview held after a return at {@code returnedAt}. */
    InterviewContent interview(MissingRequests.ReturnInterview interview, Instant returnedAt) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(interview, "send conductedAt, conductedBy and notes as JSON");
        errors.requireVersion(interview.version());
        Instant conductedAt = moment("conductedAt", interview.conductedAt(), true, errors);
        if (conductedAt != null && returnedAt != null && conductedAt.isBefore(returnedAt)) {
            errors.add("conductedAt", "is before the person was found or returned (" + returnedAt + ")");
        }
        errors.requireText("conductedBy", interview.conductedBy(), MAX_NAME);
        errors.requireText("notes", interview.notes(), MAX_LONG_TEXT);
        errors.throwIfAny();
        return new InterviewContent(conductedAt, Text.tidy(interview.conductedBy()), Text.tidyLines(interview.notes()));
    }

    private AssessmentContent assessmentFields(String prefix, MissingRequests.Assessment assessment, FieldErrors errors) {
        RiskGrade grade = errors.oneOf(prefix + "grade", assessment.grade(), RiskGrade.class, true);
        Set<String> factors = new LinkedHashSet<>();
        List<String> given = assessment.riskFactors() == null ? List.of() : assessment.riskFactors();
        for (int i = 0; i < given.size(); i++) {
            Optional<MissingReferenceData.RiskFactor> factor = referenceData.riskFactor(given.get(i));
            if (factor.isEmpty()) {
                errors.add(prefix + "riskFactors[" + i + "]", "'" + given.get(i) + "' is not a risk factor Peel knows: choose"
                        + " from the list of risk factors");
            } else {
                factors.add(factor.get().code());
            }
        }
        String rationale = errors.rationale(prefix + "rationale", assessment.rationale(), MIN_RATIONALE,
                MAX_LONG_TEXT);
        return new AssessmentContent(grade, new ArrayList<>(factors), rationale);
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

    /** A moment in time with the one meaning every module gives it, read in the force's zone; not in the future. */
    private Instant moment(String field, String text, boolean required, FieldErrors errors) {
        return errors.moment(field, text, calendar.zone(), required, calendar.now().plus(CLOCK_TOLERANCE));
    }
}
