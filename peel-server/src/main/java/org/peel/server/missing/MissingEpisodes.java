package org.peel.server.missing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.platform.AddressLocations;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.EditConflictException;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missing-person episodes: the missing module's API. Every write stores the change, its audit entry and its change-log
 * entry in one transaction; bad input is refused naming each field and stores nothing; changes that depend on what the
 * officer saw name the episode's version and are refused with 409 if someone changed it since.
 */
@Service
public class MissingEpisodes {

    /** The record type written to the audit log and the change log. */
    public static final String RECORD_TYPE = "missing_episode";

    private final EpisodeRepository repository;
    private final EpisodeValidator validator;
    private final MissingReferenceData referenceData;
    private final ReviewSchedule schedule;
    private final People people;
    private final PersonNames names;
    private final RecordKeeping records;
    private final Clock clock;
    private final ObjectProvider<AddressLocations> places;

    MissingEpisodes(EpisodeRepository repository, EpisodeValidator validator, MissingReferenceData referenceData,
                    MissingProperties properties, People people, PersonNames names, RecordKeeping records,
                    Clock clock, ObjectProvider<AddressLocations> places) {
        this.places = places;
        this.repository = repository;
        this.validator = validator;
        this.referenceData = referenceData;
        this.schedule = new ReviewSchedule(properties);
        this.people = people;
        this.names = names;
        this.records = records;
        this.clock = clock;
    }

    /** Opens an episode for a person on record, with its initial risk assessment (awaiting a supervisor). */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Episode report(MissingRequests.Report report) {
        Optional<Person> person = report == null || report.personId() == null ? Optional.empty()
                : people.find(report.personId());
        ReportContent content = validator.report(report, person);
        Instant now = clock.instant();
        String username = CurrentUser.username();
        long id = repository.insert(content, username, now);
        repository.insertAssessment(id, content.risk(), username, now);
        AddressLocations locations = places.getIfAvailable();
        if (locations != null) {
            locations.locate(content.lastSeenPlace(), null, content.lastSeenPostcode()).ifPresent(place -> {
                repository.setLastSeenLocation(id, place.id());
                locations.link(AddressLocations.Holder.MISSING_EPISODE, id, place.id(), null);
            });
        }
        repository.initialiseRisk(id, now, schedule.nextReviewDue(now, content.risk().grade(), null));
        records.kept(RECORD_TYPE, id, AuditAction.COLLECTION, "reported person " + content.personId()
                + " missing; initial risk " + content.risk().grade() + (content.child() ? " (child)" : ""));
        return load(id, now);
    }

    /** Records a risk assessment or review. It awaits a supervisor's confirmation; the next review is rescheduled. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Episode assess(long id, MissingRequests.Assessment assessment) {
        EpisodeRepository.EpisodeRow stored = stored(id);
        AssessmentContent content = validator.assessment(assessment);
        refuseIfClosed(stored, "assessed");
        Instant now = clock.instant();
        String username = CurrentUser.username();
        if (!repository.updateRisk(id, assessment.version(), content.grade(), stored.confirmedGrade(), now, now,
                schedule.nextReviewDue(now, content.grade(), stored.confirmedGrade()), username, now)) {
            throw new EditConflictException(RECORD_TYPE, id, assessment.version(), stored.version());
        }
        long assessmentId = repository.insertAssessment(id, content, username, now);
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "assessed risk as " + content.grade()
                + " (assessment " + assessmentId + ", awaiting confirmation)");
        return load(id, now);
    }

    /** A supervisor confirms the latest assessment; its grade becomes the episode's current grade. */
    @Transactional
    @PreAuthorize(Role.SUPERVISORS)
    public Episode confirm(long id, long assessmentId, MissingRequests.Confirmation confirmation) {
        EpisodeRepository.EpisodeRow stored = stored(id);
        List<EpisodeRepository.AssessmentRow> assessments = repository.assessments(id);
        if (assessments.stream().noneMatch(row -> row.id() == assessmentId)) {
            throw new RecordNotFoundException("risk assessment of episode " + id, assessmentId);
        }
        EpisodeRepository.AssessmentRow latest = assessments.get(assessments.size() - 1);
        ConfirmationContent content = validator.confirmation(confirmation, stored.status(), latest, assessmentId);
        Instant now = clock.instant();
        String username = CurrentUser.username();
        RiskGrade grade = latest.grade();
        if (!repository.updateRisk(id, content.version(), grade, grade, stored.lastAssessedAt(), null,
                schedule.nextReviewDue(stored.lastAssessedAt(), grade, grade), username, now)) {
            throw new EditConflictException(RECORD_TYPE, id, content.version(), stored.version());
        }
        repository.confirmAssessment(assessmentId, content.note(), username, now);
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "confirmed risk " + grade + " (assessment "
                + assessmentId + ")");
        return load(id, now);
    }

    /** Records a line of enquiry: what was learned, from whom and when. Does not need the episode's version. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Episode addLineOfEnquiry(long id, MissingRequests.Information information) {
        return addInformation(id, information, false);
    }

    /** Records a sighting: what was seen, where, by whom and when. Does not need the episode's version. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Episode addSighting(long id, MissingRequests.Information information) {
        return addInformation(id, information, true);
    }

    private Episode addInformation(long id, MissingRequests.Information information, boolean sighting) {
        EpisodeRepository.EpisodeRow stored = stored(id);
        InformationContent content = validator.information(information, sighting, stored.lastSeenAt());
        Instant now = clock.instant();
        String kind = sighting ? EpisodeRepository.INFORMATION_SIGHTING : EpisodeRepository.INFORMATION_LINE_OF_ENQUIRY;
        long informationId = repository.insertInformation(id, kind, content, CurrentUser.username(), now);
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "recorded " + (sighting ? "sighting " : "line of enquiry ")
                + informationId + " from " + content.source());
        return load(id, now);
    }

    /**
     * Closes the episode. Found or returned alive sets the return-home interview due; found deceased and not missing
     * carry a reason. Reviews stop.
     */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Episode close(long id, MissingRequests.Closure closure) {
        EpisodeRepository.EpisodeRow stored = stored(id);
        ClosureContent content = validator.closure(closure, stored.lastSeenAt());
        refuseIfClosed(stored, "closed again");
        Instant now = clock.instant();
        Instant interviewDue = content.outcome().needsReturnInterview() ? schedule.interviewDue(content.at()) : null;
        if (!repository.close(id, closure.version(), content, interviewDue, CurrentUser.username(), now)) {
            throw new EditConflictException(RECORD_TYPE, id, closure.version(), stored.version());
        }
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "closed episode: " + content.outcome()
                + (interviewDue == null ? "" : "; return interview due " + interviewDue));
        return load(id, now);
    }

    /** Records the return-home / prevention interview of a person found or returned. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Episode recordReturnInterview(long id, MissingRequests.ReturnInterview interview) {
        EpisodeRepository.EpisodeRow stored = stored(id);
        InterviewContent content = validator.interview(interview, stored.foundAt());
        FieldErrors errors = new FieldErrors();
        if (!stored.status().needsReturnInterview()) {
            errors.add("episode", stored.status() == EpisodeStatus.OPEN
                    ? "is still open: close it as FOUND or RETURNED first"
                    : "was closed as " + stored.status() + ", which has no return interview");
        } else if (stored.interviewDoneAt() != null) {
            errors.add("episode", "already has its return interview recorded (" + stored.interviewDoneAt() + ")");
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        if (!repository.recordInterview(id, interview.version(), content, CurrentUser.username(), now)) {
            throw new EditConflictException(RECORD_TYPE, id, interview.version(), stored.version());
        }
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "recorded return interview held "
                + content.conductedAt() + (content.conductedAt().isAfter(stored.interviewDueAt()) ? " (late)" : ""));
        return load(id, now);
    }

    /** An episode for a user to look at: audited as a consultation. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Episode view(long id) {
        Episode episode = load(id, clock.instant());
        records.consulted(RECORD_TYPE, id, "viewed missing episode");
        return episode;
    }

    /** A person's missing history: audited as a consultation of the person. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public PersonHistory history(long personId) {
        if (people.find(personId).isEmpty()) {
            throw new RecordNotFoundException(People.RECORD_TYPE, personId);
        }
        List<EpisodeRepository.EpisodeRow> episodes = repository.episodesOf(personId);
        Instant windowStart = schedule.repeatWindowStart(clock.instant());
        int inWindow = (int) episodes.stream().filter(row -> row.reportedAt().isAfter(windowStart)).count();
        records.consulted(People.RECORD_TYPE, personId, "viewed missing history");
        return new PersonHistory(personId, episodes.size(), inWindow, schedule.isRepeat(inWindow), episodes.stream()
                .map(row -> new PersonHistory.Entry(row.id(), row.status(), row.reportedAt(), row.lastSeenAt(),
                        row.lastSeenPlace(), row.foundAt(), row.foundPlace(), row.foundPostcode()))
                .toList());
    }

    /** For other modules and pages that audit their own use: no audit entry. */
    @Transactional(readOnly = true)
    public Optional<Episode> find(long id) {
        return repository.find(id).isPresent() ? Optional.of(load(id, clock.instant())) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    private EpisodeRepository.EpisodeRow stored(long id) {
        return repository.find(id).orElseThrow(() -> new RecordNotFoundException("missing-person episode", id));
    }

    private static void refuseIfClosed(EpisodeRepository.EpisodeRow stored, String what) {
        if (stored.status() != EpisodeStatus.OPEN) {
            new FieldErrors().add("episode", "was closed (" + stored.status().title().toLowerCase(java.util.Locale.UK)
                    + ") on " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", java.util.Locale.UK)
                    .withZone(java.time.ZoneOffset.UTC).format(stored.closedAt()) + " UTC and cannot be " + what
                    + " now: if the person is missing again, report a new episode").throwIfAny();
        }
    }

    private Episode load(long id, Instant now) {
        EpisodeRepository.EpisodeRow row = stored(id);
        List<RiskAssessment> assessments = repository.assessments(id).stream().map(this::assessment).toList();
        Map<Long, String> personName = names.of(List.of(row.personId()));
        int inWindow = repository.episodesSince(List.of(row.personId()), schedule.repeatWindowStart(now))
                .getOrDefault(row.personId(), 0);
        Episode.Risk risk = new Episode.Risk(row.confirmedGrade(),
                row.confirmedGrade() == null ? null : referenceData.grade(row.confirmedGrade()).title(),
                row.latestGrade(), row.unconfirmedSince() != null, row.unconfirmedSince(), row.lastAssessedAt(),
                row.reviewDueAt(), schedule.state(row.reviewDueAt(), now));
        Episode.Closure closure = row.status() == EpisodeStatus.OPEN ? null : new Episode.Closure(row.status(),
                row.closedAt(), row.closedBy(), row.foundAt(), row.foundPlace(), row.foundPostcode(), row.foundBy(),
                row.foundCondition(), row.closeReason());
        Episode.ReturnInterview interview = row.interviewDueAt() == null ? null : new Episode.ReturnInterview(
                row.interviewDueAt(), interviewState(row, now), row.interviewDoneAt(), row.interviewBy(),
                row.interviewNotes(), row.interviewRecordedBy());
        return new Episode(row.id(), row.version(), row.personId(), personName.get(row.personId()), row.status(),
                row.reportedAt(), new Episode.LastSeen(row.lastSeenAt(), row.lastSeenPlace(), row.lastSeenPostcode(),
                row.lastSeenBy(), lastSeenLocation(row.lastSeenLocationId())), row.circumstances(), row.description(), row.associates(), row.places(),
                row.medicalNeeds(), row.child(), row.childBasis(), row.inCare(), row.reportedBy(),
                row.reporterContact(), risk, assessments,
                repository.information(id, EpisodeRepository.INFORMATION_LINE_OF_ENQUIRY),
                repository.information(id, EpisodeRepository.INFORMATION_SIGHTING), closure, interview,
                new Episode.Repeat(inWindow, schedule.isRepeat(inWindow)), row.createdAt(), row.createdBy(),
                row.updatedAt(), row.updatedBy());
    }

    static String interviewState(EpisodeRepository.EpisodeRow row, Instant now) {
        if (row.interviewDoneAt() != null) {
            return "DONE";
        }
        return now.isAfter(row.interviewDueAt()) ? "OVERDUE" : "DUE";
    }

    private RiskAssessment assessment(EpisodeRepository.AssessmentRow row) {
        return new RiskAssessment(row.id(), row.grade(), referenceData.grade(row.grade()).title(),
                row.riskFactors().stream().map(code -> referenceData.riskFactor(code)
                        .orElse(new MissingReferenceData.RiskFactor(code, code))).toList(),
                row.rationale(), row.assessedAt(), row.assessedBy(), row.confirmedAt(), row.confirmedBy(),
                row.confirmationNote());
    }

    private AddressLocations.Place lastSeenLocation(Long locationId) {
        AddressLocations locations = places.getIfAvailable();
        return locationId == null || locations == null ? null : locations.find(locationId).orElse(null);
    }


    /**
     * "Missing: " and the person's name for each of these episodes, for labels in other modules' lists (the network
     * view): two queries however many. No audit entry; ids that name no episode are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> labels(Collection<Long> ids) {
        Map<Long, Long> people = repository.personIds(ids);
        Map<Long, String> names = this.names.of(people.values().stream().distinct().toList());
        Map<Long, String> labels = new LinkedHashMap<>();
        people.forEach((id, person) -> labels.put(id, "Missing: " + names.get(person)));
        return labels;
    }
}
