package org.peel.server.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.peel.match.PartialDate;
import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditLog;
import org.peel.server.changelog.ChangeLog;
import org.peel.server.crime.CrimeRecord;
import org.peel.server.crime.CrimeStatus;
import org.peel.server.crime.Crimes;
import org.peel.server.missing.Episode;
import org.peel.server.missing.MissingEpisodes;
import org.peel.server.missing.RiskGrade;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.EditConflictException;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investigations: the cases module's API. Every write stores the change, the tasks the policy rules create, its audit
 * entry and its change-log entry in one transaction; bad input is refused naming each field and stores nothing; changes
 * to the investigation or a task name the version the officer read (409 if it changed since). Only the officer in
 * charge or a supervisor changes an investigation, and a task's owner too may change the task (403 otherwise).
 */
@Service
public class Investigations {

    /** The record type written to the audit log and the change log. */
    public static final String RECORD_TYPE = "investigation";
    /** Ages are worked out on the force's calendar. */
    static final ZoneId FORCE_ZONE = ZoneId.of("Europe/London");
    static final int ADULT_AGE = 18;

    private final InvestigationRepository repository;
    private final TaskRepository tasks;
    private final InvestigationValidator validator;
    private final CaseReferences references;
    private final CaseReferenceData referenceData;
    private final TaskRules taskRules;
    private final CasesProperties properties;
    private final Crimes crimes;
    private final MissingEpisodes missing;
    private final People people;
    private final AuditLog auditLog;
    private final ChangeLog changeLog;
    private final Clock clock;

    Investigations(InvestigationRepository repository, TaskRepository tasks, InvestigationValidator validator,
                   CaseReferences references, CaseReferenceData referenceData, TaskRules taskRules,
                   CasesProperties properties, Crimes crimes, MissingEpisodes missing, People people,
                   AuditLog auditLog, ChangeLog changeLog, Clock clock) {
        this.repository = repository;
        this.tasks = tasks;
        this.validator = validator;
        this.references = references;
        this.referenceData = referenceData;
        this.taskRules = taskRules;
        this.properties = properties;
        this.crimes = crimes;
        this.missing = missing;
        this.people = people;
        this.auditLog = auditLog;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /**
     * Opens an investigation grouping crimes and occurrences, with its people, plan, the first supervisor review due
     * after the interval for its priority, and the tasks the policy rules call for.
     */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation open(CaseRequests.NewInvestigation request) {
        String username = CurrentUser.username();
        InvestigationValidator.NewContent content = validator.newInvestigation(request, username);
        Instant now = clock.instant();
        String reference = references.next(now.atZone(FORCE_ZONE).getYear());
        long id = repository.insert(reference, content.title(), content.summary(), content.priority(),
                content.officerInCharge(), content.supervisor(), now.plus(properties.reviewInterval(content.priority())),
                username, now);
        for (InvestigationValidator.CrimeContent crime : content.crimes()) {
            repository.linkCrime(id, crime.crime().id(), withChildFlag(crime.crime(), crime.flags()), crime.risk(),
                    username, now);
        }
        for (InvestigationValidator.OccurrenceContent occurrence : content.occurrences()) {
            repository.insertOccurrence(id, occurrence.type().code(), occurrence.occurredAt(), occurrence.summary(),
                    occurrence.flags(), occurrence.risk(), occurrence.missingEpisodeId(), username, now);
        }
        for (InvestigationValidator.PersonContent person : content.people()) {
            repository.linkPerson(id, person.personId(), person.role(), username, now);
        }
        if (content.plan() != null) {
            repository.insertPlan(id, 1, content.plan(), username, now);
        }
        InvestigationRepository.InvestigationRow row = stored(id);
        List<Long> created = taskRules.apply(row, subjects(row), username, now);
        return written(id, AuditAction.COLLECTION, "opened investigation " + reference + " with "
                + content.crimes().size() + " crime(s), " + content.occurrences().size() + " occurrence(s); "
                + created.size() + " task(s) from policy rules");
    }

    /** Changes the title, summary, priority, officer in charge or supervisor. A new priority reschedules the review. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation change(long id, CaseRequests.Changes changes) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        requireInChargeOrSupervisor(stored);
        InvestigationValidator.ChangesContent content = validator.changes(changes, stored);
        Instant now = clock.instant();
        String username = CurrentUser.username();
        Instant reviewDue = stored.reviewDueAt();
        if (content.priority() != stored.priority() && stored.status().active()) {
            Instant from = stored.lastReviewedAt() == null ? stored.createdAt() : stored.lastReviewedAt();
            reviewDue = from.plus(properties.reviewInterval(content.priority()));
        }
        if (!repository.updateDetails(id, changes.version(), content.title(), content.summary(), content.priority(),
                content.officerInCharge(), content.supervisor(), reviewDue, username, now)) {
            throw new EditConflictException(RECORD_TYPE, id, changes.version(), stored.version());
        }
        tasks.followInvestigation(id);
        if (!stored.officerInCharge().equals(content.officerInCharge())
                || !stored.supervisor().equals(content.supervisor())) {
            repository.insertLog(id, LogEntryKind.ALLOCATION, "Officer in charge " + stored.officerInCharge() + " -> "
                    + content.officerInCharge() + "; supervisor " + stored.supervisor() + " -> "
                    + content.supervisor(), content.reason(), null, username, now);
        }
        return written(id, AuditAction.ALTERATION, "changed investigation " + stored.reference());
    }

    /** Writes a new version of the plan; the earlier versions are kept. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation revisePlan(long id, CaseRequests.Plan plan) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        requireInChargeOrSupervisor(stored);
        String text = validator.plan(plan);
        refuseUnlessActive(stored, "planned");
        Instant now = clock.instant();
        String username = CurrentUser.username();
        touch(stored, plan.version(), username, now);
        int next = repository.plans(id).stream().mapToInt(Investigation.PlanVersion::version).max().orElse(0) + 1;
        repository.insertPlan(id, next, text, username, now);
        return written(id, AuditAction.ALTERATION, "wrote version " + next + " of the plan of " + stored.reference());
    }

    /** Adds a crime to the investigation; the policy rules that hold for it create their tasks. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation addCrime(long id, CaseRequests.CrimeLink link) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        requireInChargeOrSupervisor(stored);
        InvestigationValidator.CrimeContent content = validator.crimeLink(link);
        if (repository.crimes(id).stream().anyMatch(row -> row.crimeId() == content.crime().id())) {
            new FieldErrors().add("crimeId", "crime " + content.crime().reference() + " is already in this investigation")
                    .throwIfAny();
        }
        refuseUnlessActive(stored, "given crimes");
        Instant now = clock.instant();
        String username = CurrentUser.username();
        touch(stored, link.version(), username, now);
        repository.linkCrime(id, content.crime().id(), withChildFlag(content.crime(), content.flags()), content.risk(),
                username, now);
        taskRules.apply(stored, subjects(stored), username, now);
        return written(id, AuditAction.COMBINATION, "added crime " + content.crime().reference() + " to "
                + stored.reference());
    }

    /** Adds an occurrence that is not a crime; the policy rules that hold for it create their tasks. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation addOccurrence(long id, CaseRequests.Occurrence occurrence) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        requireInChargeOrSupervisor(stored);
        InvestigationValidator.OccurrenceContent content = validator.occurrence(occurrence);
        refuseUnlessActive(stored, "given occurrences");
        Instant now = clock.instant();
        String username = CurrentUser.username();
        touch(stored, occurrence.version(), username, now);
        repository.insertOccurrence(id, content.type().code(), content.occurredAt(), content.summary(),
                content.flags(), content.risk(), content.missingEpisodeId(), username, now);
        taskRules.apply(stored, subjects(stored), username, now);
        return written(id, AuditAction.ALTERATION, "added a " + content.type().code() + " occurrence to "
                + stored.reference());
    }

    /** Changes the flags and risk of a crime in the investigation (a risk assessment came back high, say). */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation flagCrime(long id, long crimeId, CaseRequests.FlagsAndRisk request) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        requireInChargeOrSupervisor(stored);
        if (repository.crimes(id).stream().noneMatch(row -> row.crimeId() == crimeId)) {
            throw new RecordNotFoundException("crime in investigation " + stored.reference(), crimeId);
        }
        InvestigationValidator.CrimeContent content = validator.flagsAndRisk(request, false);
        refuseUnlessActive(stored, "changed");
        Instant now = clock.instant();
        String username = CurrentUser.username();
        touch(stored, request.version(), username, now);
        Set<String> flags = crimes.find(crimeId).map(crime -> withChildFlag(crime, content.flags()))
                .orElse(content.flags());
        repository.updateCrimeFlags(id, crimeId, flags, content.risk());
        taskRules.apply(stored, subjects(stored), username, now);
        return written(id, AuditAction.ALTERATION, "set flags " + flags + " and risk " + content.risk()
                + " on crime " + crimeId + " of " + stored.reference());
    }

    /** Changes the flags and risk of an occurrence (a missing episode's risk comes from the missing module). */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation flagOccurrence(long id, long occurrenceId, CaseRequests.FlagsAndRisk request) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        requireInChargeOrSupervisor(stored);
        InvestigationRepository.OccurrenceRow occurrence = repository.occurrences(id).stream()
                .filter(row -> row.id() == occurrenceId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("occurrence in investigation " + stored.reference(),
                        occurrenceId));
        Optional<CaseReferenceData.OccurrenceType> type = referenceData.occurrenceType(occurrence.type());
        InvestigationValidator.CrimeContent content = validator.flagsAndRisk(request,
                occurrence.missingEpisodeId() != null);
        refuseUnlessActive(stored, "changed");
        Instant now = clock.instant();
        String username = CurrentUser.username();
        touch(stored, request.version(), username, now);
        Set<String> flags = new LinkedHashSet<>(type.map(CaseReferenceData.OccurrenceType::impliedFlags).orElse(Set.of()));
        flags.addAll(content.flags());
        repository.updateOccurrenceFlags(occurrenceId, flags, content.risk());
        taskRules.apply(stored, subjects(stored), username, now);
        return written(id, AuditAction.ALTERATION, "set flags " + flags + " and risk " + content.risk()
                + " on occurrence " + occurrenceId + " of " + stored.reference());
    }

    /** Links a person on record in a role. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation linkPerson(long id, CaseRequests.PersonLink link) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        requireInChargeOrSupervisor(stored);
        InvestigationValidator.PersonContent content = validator.personLink(link);
        if (repository.people(id).stream().anyMatch(row -> row.personId() == content.personId()
                && row.role() == content.role())) {
            new FieldErrors().add("role", "person " + content.personId() + " is already linked as " + content.role())
                    .throwIfAny();
        }
        Instant now = clock.instant();
        String username = CurrentUser.username();
        touch(stored, link.version(), username, now);
        repository.linkPerson(id, content.personId(), content.role(), username, now);
        return written(id, AuditAction.COMBINATION, "linked person " + content.personId() + " as " + content.role()
                + " in " + stored.reference());
    }

    /**
     * Appends to the log. Entries are never changed or removed: a correction is a new entry naming the one it
     * corrects. The officer in charge, a supervisor, or an officer with a task open on the investigation may write.
     * Needs no version: appending cannot overwrite anyone's work.
     */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation addLogEntry(long id, CaseRequests.LogEntry entry) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        String username = CurrentUser.username();
        if (!inChargeOrSupervisor(stored) && !tasks.ownsOpenTask(id, username)) {
            throw new AccessDeniedException("not in charge of " + stored.reference());
        }
        LogEntryKind kind = validator.logEntry(entry, repository.log(id));
        Instant now = clock.instant();
        long entryId = repository.insertLog(id, kind, InvestigationValidator.text(entry.text()),
                InvestigationValidator.text(entry.rationale()), entry.correctsEntryId(), username, now);
        repository.noteActivity(id, now);
        return written(id, AuditAction.ALTERATION, "wrote " + kind + " log entry " + entryId
                + (entry.correctsEntryId() == null ? "" : " correcting entry " + entry.correctsEntryId())
                + " in " + stored.reference());
    }

    /** A supervisor's review, with its rationale; the next is due after the interval for the priority, or when set. */
    @Transactional
    @PreAuthorize(Role.SUPERVISORS)
    public Investigation review(long id, CaseRequests.Review review) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        Instant next = validator.review(review);
        refuseUnlessActive(stored, "reviewed");
        Instant now = clock.instant();
        String username = CurrentUser.username();
        Instant nextDue = next != null ? next : now.plus(properties.reviewInterval(stored.priority()));
        if (!repository.recordReview(id, review.version(), nextDue, username, now)) {
            throw new EditConflictException(RECORD_TYPE, id, review.version(), stored.version());
        }
        repository.insertLog(id, LogEntryKind.SUPERVISOR_REVIEW, "Supervisor review; next due " + nextDue,
                InvestigationValidator.text(review.rationale()), null, username, now);
        return written(id, AuditAction.ALTERATION, "reviewed " + stored.reference() + "; next review due " + nextDue);
    }

    /**
     * Moves the investigation to another status. Filing, closing and reopening a filed or closed investigation are a
     * supervisor's decisions; closing needs every crime to have a Home Office outcome (or to be cancelled). Every
     * change is written to the log with its rationale.
     */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation changeStatus(long id, CaseRequests.StatusChange change) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        requireInChargeOrSupervisor(stored);
        InvestigationStatus status = validator.statusChange(change);
        boolean reopening = status.active() && !stored.status().active();
        if ((status == InvestigationStatus.FILED || status == InvestigationStatus.CLOSED || reopening)
                && !isSupervisor()) {
            throw new AccessDeniedException("filing, closing and reopening are a supervisor's decisions");
        }
        FieldErrors errors = new FieldErrors();
        if (status == stored.status()) {
            errors.add("status", "the investigation is already " + status);
        }
        if (status == InvestigationStatus.CLOSED) {
            List<InvestigationRepository.CrimeLinkRow> links = repository.crimes(id);
            for (int i = 0; i < links.size(); i++) {
                Optional<CrimeRecord> crime = crimes.find(links.get(i).crimeId());
                if (crime.isPresent() && crime.get().outcome() == null
                        && crime.get().status() != CrimeStatus.CANCELLED) {
                    errors.add("crimes[" + i + "]", "crime " + crime.get().reference() + " has no Home Office outcome"
                            + " yet: finalise it with an outcome before closing the investigation");
                }
            }
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        String username = CurrentUser.username();
        Instant reviewDue = !status.active() ? null
                : stored.status().active() ? stored.reviewDueAt()
                : now.plus(properties.reviewInterval(stored.priority()));
        String rationale = InvestigationValidator.text(change.rationale());
        if (!repository.changeStatus(id, change.version(), status, stored.officerInCharge(), stored.supervisor(),
                reviewDue, rationale, username, now)) {
            throw new EditConflictException(RECORD_TYPE, id, change.version(), stored.version());
        }
        tasks.followInvestigation(id);
        String what = reopening ? "Reopened (was " + stored.status() + ")" : stored.status() + " -> " + status;
        repository.insertLog(id, LogEntryKind.STATUS_CHANGE, what, rationale, null, username, now);
        return written(id, AuditAction.ALTERATION, what + ": " + stored.reference());
    }

    /** Adds a task by hand. The officer in charge or a supervisor allocates work. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation addTask(long id, CaseRequests.NewTask task) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        requireInChargeOrSupervisor(stored);
        InvestigationValidator.TaskContent content = validator.newTask(task, stored);
        refuseUnlessActive(stored, "given tasks");
        Instant now = clock.instant();
        String username = CurrentUser.username();
        long taskId = tasks.insert(new TaskRepository.NewTask(id, content.title(), content.details(), content.owner(),
                content.priority(), content.dueAt(), null, null), username, now);
        repository.noteActivity(id, now);
        return written(id, AuditAction.ALTERATION, "added task " + taskId + " for " + content.owner() + " to "
                + stored.reference());
    }

    /** Marks a task done with its result. A repeating policy rule's next task follows. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation completeTask(long id, long taskId, CaseRequests.Completion completion) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        TaskRepository.TaskRow task = storedTask(stored, taskId);
        requireOwnerInChargeOrSupervisor(stored, task);
        String result = validator.completion(completion);
        refuseIfDone(task);
        Instant now = clock.instant();
        String username = CurrentUser.username();
        if (!tasks.complete(taskId, completion.version(), result, username, now)) {
            throw new EditConflictException("task", taskId, completion.version(), task.version());
        }
        Long next = taskRules.repeat(stored, task, subjects(stored), username, now);
        repository.noteActivity(id, now);
        return written(id, AuditAction.ALTERATION, "completed task " + taskId + " of " + stored.reference()
                + (next == null ? "" : "; next task " + next));
    }

    /** Gives a task to another officer; the re-allocation is kept in the task's history. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Investigation reallocateTask(long id, long taskId, CaseRequests.Reallocation reallocation) {
        InvestigationRepository.InvestigationRow stored = stored(id);
        TaskRepository.TaskRow task = storedTask(stored, taskId);
        requireOwnerInChargeOrSupervisor(stored, task);
        InvestigationValidator.ReallocationContent content = validator.reallocation(reallocation, task.owner());
        refuseIfDone(task);
        Instant now = clock.instant();
        String username = CurrentUser.username();
        if (!tasks.reallocate(taskId, reallocation.version(), task.owner(), content.owner(), content.reason(), username,
                now)) {
            throw new EditConflictException("task", taskId, reallocation.version(), task.version());
        }
        repository.noteActivity(id, now);
        return written(id, AuditAction.ALTERATION, "re-allocated task " + taskId + " of " + stored.reference()
                + " from " + task.owner() + " to " + content.owner());
    }

    /** An investigation for a user to look at: audited as a consultation. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Investigation view(long id) {
        Investigation investigation = load(id);
        auditLog.record(AuditAction.CONSULTATION, RECORD_TYPE, id, "viewed investigation " + investigation.reference());
        return investigation;
    }

    /** The id of the investigation with this reference. */
    @Transactional(readOnly = true)
    public Optional<Long> idOf(String reference) {
        return reference == null ? Optional.empty() : repository.idOf(reference.strip().toUpperCase(Locale.ROOT));
    }

    /** For other modules and pages that audit their own use: no audit entry. */
    @Transactional(readOnly = true)
    public Optional<Investigation> find(long id) {
        return repository.find(id).isPresent() ? Optional.of(load(id)) : Optional.empty();
    }

    /** A person's part in an investigation. */
    public record Involvement(long investigationId, String reference, String title, InvestigationStatus status,
                              Set<PersonRole> roles, Instant openedAt) {
    }

    /** The investigations a person appears in, newest first: audited as a consultation of the person. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public List<Involvement> involving(long personId) {
        if (people.find(personId).isEmpty()) {
            throw new RecordNotFoundException(People.RECORD_TYPE, personId);
        }
        List<Involvement> involvements = new ArrayList<>();
        for (long id : repository.investigationsOf(personId, 500)) {
            InvestigationRepository.InvestigationRow row = stored(id);
            Set<PersonRole> roles = repository.people(id).stream().filter(link -> link.personId() == personId)
                    .map(InvestigationRepository.PersonRow::role).collect(Collectors.toCollection(LinkedHashSet::new));
            involvements.add(new Involvement(id, row.reference(), row.title(), row.status(), roles, row.createdAt()));
        }
        auditLog.record(AuditAction.CONSULTATION, People.RECORD_TYPE, personId, "viewed investigations of the person");
        return involvements;
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    // --- rules' subjects ---

    /** The investigation, its crimes and its occurrences, with the facts the policy rules test. */
    List<Subject> subjects(InvestigationRepository.InvestigationRow row) {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject(Subject.Kind.INVESTIGATION, "INVESTIGATION", Set.of(), null, null, null,
                row.priority(), "investigation " + row.reference()));
        for (InvestigationRepository.CrimeLinkRow link : repository.crimes(row.id())) {
            Optional<CrimeRecord> crime = crimes.find(link.crimeId());
            subjects.add(new Subject(Subject.Kind.CRIME, Subject.crimeKey(link.crimeId()), link.flags(), null,
                    link.risk(), crime.map(record -> record.offence().category() == null ? null
                    : record.offence().category().name()).orElse(null), row.priority(),
                    crime.map(record -> "crime " + record.reference() + " (" + record.offence().code() + " "
                            + record.offence().title() + ")").orElse("crime " + link.crimeId())));
        }
        for (InvestigationRepository.OccurrenceRow occurrence : repository.occurrences(row.id())) {
            String title = referenceData.occurrenceType(occurrence.type())
                    .map(CaseReferenceData.OccurrenceType::title).orElse(occurrence.type());
            subjects.add(new Subject(Subject.Kind.OCCURRENCE, Subject.occurrenceKey(occurrence.id()),
                    occurrence.flags(), occurrence.type(), riskOf(occurrence), null, row.priority(),
                    title.toLowerCase() + " of " + occurrence.occurredAt()));
        }
        return subjects;
    }

    /** A missing episode's risk is the missing module's: the higher of the latest and the confirmed grade. */
    private RiskLevel riskOf(InvestigationRepository.OccurrenceRow occurrence) {
        if (occurrence.missingEpisodeId() == null) {
            return occurrence.risk();
        }
        return missing.find(occurrence.missingEpisodeId()).map(Episode::risk)
                .map(risk -> risk.latestGrade().higherOf(risk.currentGrade()))
                .map(Investigations::riskLevel).orElse(null);
    }

    static RiskLevel riskLevel(RiskGrade grade) {
        return switch (grade) {
            case HIGH -> RiskLevel.HIGH;
            case MEDIUM -> RiskLevel.MEDIUM;
            case LOW, NO_APPARENT_RISK -> RiskLevel.STANDARD;
        };
    }

    /** A crime against a child: the victim's dates of birth on record all make them under 18 when it was committed. */
    private Set<String> withChildFlag(CrimeRecord crime, Set<String> flags) {
        Set<String> all = new LinkedHashSet<>(flags);
        List<PartialDate> births = people.find(crime.victimId()).map(Person::datesOfBirth).orElse(List.of());
        LocalDate day = crime.committedFrom().atZone(FORCE_ZONE).toLocalDate();
        if (!births.isEmpty() && births.stream()
                .allMatch(birth -> Period.between(birth.earliest(), day).getYears() < ADULT_AGE)) {
            all.add("CHILD");
        }
        return all;
    }

    // --- who may do what ---

    private boolean inChargeOrSupervisor(InvestigationRepository.InvestigationRow row) {
        return row.officerInCharge().equals(CurrentUser.username()) || isSupervisor();
    }

    private void requireInChargeOrSupervisor(InvestigationRepository.InvestigationRow row) {
        if (!inChargeOrSupervisor(row)) {
            throw new AccessDeniedException("only the officer in charge of " + row.reference()
                    + " or a supervisor may change it");
        }
    }

    private void requireOwnerInChargeOrSupervisor(InvestigationRepository.InvestigationRow row,
                                                  TaskRepository.TaskRow task) {
        if (!task.owner().equals(CurrentUser.username()) && !inChargeOrSupervisor(row)) {
            throw new AccessDeniedException("only the task's owner, the officer in charge or a supervisor may change it");
        }
    }

    static boolean isSupervisor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Role.SUPERVISOR.name()).equals(authority.getAuthority()));
    }

    // --- helpers ---

    private InvestigationRepository.InvestigationRow stored(long id) {
        return repository.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private TaskRepository.TaskRow storedTask(InvestigationRepository.InvestigationRow investigation, long taskId) {
        return tasks.find(taskId).filter(task -> task.investigationId() == investigation.id())
                .orElseThrow(() -> new RecordNotFoundException("task of investigation " + investigation.reference(),
                        taskId));
    }

    private void touch(InvestigationRepository.InvestigationRow stored, long version, String username, Instant now) {
        if (!repository.touch(stored.id(), version, username, now)) {
            throw new EditConflictException(RECORD_TYPE, stored.id(), version, stored.version());
        }
    }

    private static void refuseUnlessActive(InvestigationRepository.InvestigationRow stored, String what) {
        if (!stored.status().active()) {
            new FieldErrors().add("status", "the investigation is " + stored.status() + " and cannot be " + what
                    + "; a supervisor must reopen it first").throwIfAny();
        }
    }

    private static void refuseIfDone(TaskRepository.TaskRow task) {
        if (task.doneAt() != null) {
            new FieldErrors().add("task", "was done by " + task.doneBy() + " at " + task.doneAt()
                    + "; add a new task if more is needed").throwIfAny();
        }
    }

    /** The audit entry and the change-log entry of a write, in the write's transaction; then the investigation. */
    private Investigation written(long id, AuditAction action, String detail) {
        keepRecord(action, id, detail);
        return load(id);
    }

    private void keepRecord(AuditAction action, long id, String detail) {
        auditLog.record(action, RECORD_TYPE, id, detail);
        changeLog.append(RECORD_TYPE, id);
    }

    private Investigation load(long id) {
        Instant now = clock.instant();
        InvestigationRepository.InvestigationRow row = stored(id);
        List<Investigation.Crime> crimeList = repository.crimes(id).stream().map(link -> {
            Optional<CrimeRecord> crime = crimes.find(link.crimeId());
            return new Investigation.Crime(link.crimeId(), crime.map(CrimeRecord::reference).orElse(null),
                    crime.map(record -> record.offence().code()).orElse(null),
                    crime.map(record -> record.offence().title()).orElse(null),
                    crime.map(record -> record.offence().category() == null ? null
                            : record.offence().category().name()).orElse(null),
                    crime.map(record -> record.status().name()).orElse(null),
                    crime.map(CrimeRecord::outcome).map(CrimeRecord.Outcome::code).orElse(null),
                    crime.map(CrimeRecord::outcome).map(CrimeRecord.Outcome::title).orElse(null),
                    crime.map(CrimeRecord::victimId).orElse(0L), link.flags(), link.risk(), link.linkedAt(),
                    link.linkedBy());
        }).toList();
        List<Investigation.Occurrence> occurrences = repository.occurrences(id).stream()
                .map(occurrence -> new Investigation.Occurrence(occurrence.id(), occurrence.type(),
                        referenceData.occurrenceType(occurrence.type()).map(CaseReferenceData.OccurrenceType::title)
                                .orElse(occurrence.type()), occurrence.occurredAt(), occurrence.summary(),
                        occurrence.flags(), riskOf(occurrence), occurrence.missingEpisodeId(),
                        occurrence.recordedAt(), occurrence.recordedBy()))
                .toList();
        List<InvestigationRepository.PersonRow> personRows = repository.people(id);
        Map<Long, String> names = people.displayNames(personRows.stream()
                .map(InvestigationRepository.PersonRow::personId).toList());
        List<Investigation.LinkedPerson> linked = personRows.stream().map(person -> new Investigation.LinkedPerson(
                person.personId(), names.get(person.personId()), person.role(), person.linkedAt(),
                person.linkedBy())).toList();
        List<Investigation.PlanVersion> plans = repository.plans(id);
        List<InvestigationRepository.LogRow> logRows = repository.log(id);
        Map<Long, Long> correctedBy = logRows.stream().filter(entry -> entry.correctsId() != null)
                .collect(Collectors.toMap(InvestigationRepository.LogRow::correctsId,
                        InvestigationRepository.LogRow::id, (first, later) -> first));
        List<Investigation.LogEntry> log = logRows.stream().map(entry -> new Investigation.LogEntry(entry.id(),
                entry.kind(), entry.text(), entry.rationale(), entry.correctsId(), correctedBy.get(entry.id()),
                entry.writtenAt(), entry.writtenBy())).toList();
        List<Investigation.Task> taskList = tasks.ofInvestigation(id).stream().map(task -> task(task, now)).toList();
        return new Investigation(row.id(), row.reference(), row.version(), row.title(), row.summary(), row.status(),
                row.priority(), row.officerInCharge(), row.supervisor(), new Investigation.Review(row.reviewDueAt(),
                reviewState(row.reviewDueAt(), now), row.lastReviewedAt()), row.lastActivityAt(),
                new Investigation.StatusDecision(row.statusChangedAt(), row.statusChangedBy(), row.statusRationale()),
                crimeList, occurrences, linked, plans.isEmpty() ? null : plans.get(0),
                plans.size() <= 1 ? List.of() : plans.subList(1, plans.size()), taskList, log, row.createdAt(),
                row.createdBy(), row.updatedAt(), row.updatedBy());
    }

    Investigation.Task task(TaskRepository.TaskRow task, Instant now) {
        return new Investigation.Task(task.id(), task.investigationId(), task.version(), task.title(), task.details(),
                task.owner(), task.priority(), task.dueAt(), taskState(task.doneAt(), task.dueAt(), now),
                task.ruleCode(), task.subject(), task.doneAt(), task.doneBy(), task.result(),
                tasks.allocations(task.id()), task.createdAt(), task.createdBy());
    }

    static String taskState(Instant doneAt, Instant dueAt, Instant now) {
        return doneAt != null ? "DONE" : now.isAfter(dueAt) ? "OVERDUE" : "OPEN";
    }

    static String reviewState(Instant dueAt, Instant now) {
        return dueAt == null ? "NONE" : now.isAfter(dueAt) ? "OVERDUE" : "NOT_DUE";
    }

    /**
     * "Reference title" of each of these investigations, for labels in other modules' lists (the network view): one
     * query however many. No audit entry; ids that name no investigation are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> labels(Collection<Long> ids) {
        return repository.labels(ids);
    }
}
