package org.peel.server.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.peel.server.access.Role;
import org.peel.server.access.UserAccount;
import org.peel.server.access.UserAccounts;
import org.peel.server.crime.CrimeRecord;
import org.peel.server.crime.Crimes;
import org.peel.server.missing.Episode;
import org.peel.server.missing.MissingEpisodes;
import org.peel.server.people.People;
import org.peel.server.platform.FieldErrors;
import org.springframework.stereotype.Component;

/**
 * The one validator of the investigations module: checks every request against the reference data and the other
 * modules' records (crimes, missing episodes, people, users) and turns it into storable content, or refuses it naming
 * every bad field. Nothing is stored when anything is wrong.
 */
@Component
class InvestigationValidator {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_LONG_TEXT = 8000;
    static final int MAX_TASK_TITLE = 300;
    static final int MIN_RATIONALE = 10;
    /** Devices' clocks differ a little: a time this far ahead of Peel's is still taken as now. */
    static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(60);

    record CrimeContent(CrimeRecord crime, Set<String> flags, RiskLevel risk) {
    }

    record OccurrenceContent(CaseReferenceData.OccurrenceType type, Instant occurredAt, String summary,
                             Set<String> flags, RiskLevel risk, Long missingEpisodeId) {
    }

    record PersonContent(long personId, PersonRole role) {
    }

    record NewContent(String title, String summary, Priority priority, String officerInCharge, String supervisor,
                      String plan, List<CrimeContent> crimes, List<OccurrenceContent> occurrences,
                      List<PersonContent> people) {
    }

    record ChangesContent(String title, String summary, Priority priority, String officerInCharge, String supervisor,
                          String reason) {
    }

    record TaskContent(String title, String details, String owner, Instant dueAt, Priority priority) {
    }

    record ReallocationContent(String owner, String reason) {
    }

    private final CaseReferenceData referenceData;
    private final Crimes crimes;
    private final MissingEpisodes missing;
    private final People people;
    private final UserAccounts users;
    private final Clock clock;

    InvestigationValidator(CaseReferenceData referenceData, Crimes crimes, MissingEpisodes missing, People people,
                           UserAccounts users, Clock clock) {
        this.referenceData = referenceData;
        this.crimes = crimes;
        this.missing = missing;
        this.people = people;
        this.users = users;
        this.clock = clock;
    }

    NewContent newInvestigation(CaseRequests.NewInvestigation request, String signedIn) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "is missing: send the investigation as JSON").throwIfAny();
        }
        errors.requireText("title", request.title(), MAX_TITLE);
        errors.limitText("summary", request.summary(), MAX_TEXT);
        Priority priority = request.priority() == null || request.priority().isBlank() ? Priority.STANDARD
                : constant("priority", request.priority(), Priority.class, errors);
        String officer = blank(request.officerInCharge()) ? signedIn
                : officer("officerInCharge", request.officerInCharge(), errors);
        String supervisor = supervisor("supervisor", request.supervisor(), errors);
        errors.limitText("plan", request.plan(), MAX_LONG_TEXT);
        List<CrimeContent> crimeContents = new ArrayList<>();
        List<CaseRequests.CrimeLink> crimeLinks = request.crimes() == null ? List.of() : request.crimes();
        Set<Long> seenCrimes = new LinkedHashSet<>();
        for (int i = 0; i < crimeLinks.size(); i++) {
            CrimeContent content = crimeFields("crimes[" + i + "].", crimeLinks.get(i), errors);
            if (content != null && !seenCrimes.add(content.crime().id())) {
                errors.add("crimes[" + i + "].crimeId", "crime " + content.crime().reference() + " is listed twice");
            } else if (content != null) {
                crimeContents.add(content);
            }
        }
        List<OccurrenceContent> occurrenceContents = new ArrayList<>();
        List<CaseRequests.Occurrence> occurrences = request.occurrences() == null ? List.of() : request.occurrences();
        for (int i = 0; i < occurrences.size(); i++) {
            OccurrenceContent content = occurrenceFields("occurrences[" + i + "].", occurrences.get(i), errors);
            if (content != null) {
                occurrenceContents.add(content);
            }
        }
        if (crimeLinks.isEmpty() && occurrences.isEmpty()) {
            errors.add("crimes", "an investigation groups at least one crime or occurrence: give crimes (by crime id) "
                    + "or occurrences");
        }
        List<PersonContent> personContents = new ArrayList<>();
        List<CaseRequests.PersonLink> links = request.people() == null ? List.of() : request.people();
        for (int i = 0; i < links.size(); i++) {
            PersonContent content = personFields("people[" + i + "].", links.get(i), errors);
            if (content != null && personContents.contains(content)) {
                errors.add("people[" + i + "]", "person " + content.personId() + " is already listed as "
                        + content.role());
            } else if (content != null) {
                personContents.add(content);
            }
        }
        errors.throwIfAny();
        return new NewContent(tidy(request.title()), text(request.summary()), priority, officer, supervisor,
                text(request.plan()), crimeContents, occurrenceContents, personContents);
    }

    CrimeContent crimeLink(CaseRequests.CrimeLink link) {
        FieldErrors errors = body(link, "the crime id, flags and risk");
        requireVersion(link.version(), errors);
        CrimeContent content = crimeFields("", link, errors);
        errors.throwIfAny();
        return content;
    }

    OccurrenceContent occurrence(CaseRequests.Occurrence occurrence) {
        FieldErrors errors = body(occurrence, "the occurrence");
        requireVersion(occurrence.version(), errors);
        OccurrenceContent content = occurrenceFields("", occurrence, errors);
        errors.throwIfAny();
        return content;
    }

    /** Checks new flags and risk; {@code riskFromMissing} when the risk comes from a missing episode instead. */
    CrimeContent flagsAndRisk(CaseRequests.FlagsAndRisk request, boolean riskFromMissing) {
        FieldErrors errors = body(request, "the flags and risk");
        requireVersion(request.version(), errors);
        Set<String> flags = flags("flags", request.flags(), errors);
        RiskLevel risk = risk("risk", request.risk(), riskFromMissing, errors);
        errors.throwIfAny();
        return new CrimeContent(null, flags, risk);
    }

    PersonContent personLink(CaseRequests.PersonLink link) {
        FieldErrors errors = body(link, "the person id and role");
        requireVersion(link.version(), errors);
        PersonContent content = personFields("", link, errors);
        errors.throwIfAny();
        return content;
    }

    ChangesContent changes(CaseRequests.Changes changes, InvestigationRepository.InvestigationRow stored) {
        FieldErrors errors = body(changes, "the changes");
        requireVersion(changes.version(), errors);
        String title = stored.title();
        if (changes.title() != null) {
            errors.requireText("title", changes.title(), MAX_TITLE);
            title = tidy(changes.title());
        }
        errors.limitText("summary", changes.summary(), MAX_TEXT);
        Priority priority = blank(changes.priority()) ? stored.priority()
                : constant("priority", changes.priority(), Priority.class, errors);
        String officer = blank(changes.officerInCharge()) ? stored.officerInCharge()
                : officer("officerInCharge", changes.officerInCharge(), errors);
        String supervisor = blank(changes.supervisor()) ? stored.supervisor()
                : supervisor("supervisor", changes.supervisor(), errors);
        boolean reallocated = !stored.officerInCharge().equals(officer) || !stored.supervisor().equals(supervisor);
        if (reallocated) {
            rationale("reason", changes.reason(), "a change of officer in charge or supervisor", errors);
        } else {
            errors.limitText("reason", changes.reason(), MAX_TEXT);
        }
        errors.throwIfAny();
        return new ChangesContent(title, changes.summary() == null ? stored.summary() : text(changes.summary()),
                priority, officer, supervisor, text(changes.reason()));
    }

    String plan(CaseRequests.Plan plan) {
        FieldErrors errors = body(plan, "the plan's text and the version you read");
        requireVersion(plan.version(), errors);
        errors.requireText("text", plan.text(), MAX_LONG_TEXT);
        errors.throwIfAny();
        return text(plan.text());
    }

    LogEntryKind logEntry(CaseRequests.LogEntry entry, List<InvestigationRepository.LogRow> log) {
        FieldErrors errors = body(entry, "kind and text");
        LogEntryKind kind = null;
        if (blank(entry.kind())) {
            errors.add("kind", "is required: one of NOTE, DECISION, VICTIM_CONTACT, EVIDENCE");
        } else {
            kind = constant("kind", entry.kind(), LogEntryKind.class, errors);
            if (kind != null && !kind.writtenByOfficers()) {
                errors.add("kind", kind + " entries are written by Peel; use NOTE, DECISION, VICTIM_CONTACT or EVIDENCE");
                kind = null;
            }
        }
        errors.requireText("text", entry.text(), MAX_LONG_TEXT);
        if (kind == LogEntryKind.DECISION) {
            rationale("rationale", entry.rationale(), "a decision", errors);
        } else {
            errors.limitText("rationale", entry.rationale(), MAX_TEXT);
        }
        if (entry.correctsEntryId() != null
                && log.stream().noneMatch(row -> row.id() == entry.correctsEntryId())) {
            errors.add("correctsEntryId", "there is no entry " + entry.correctsEntryId() + " in this investigation's log");
        }
        errors.throwIfAny();
        return kind;
    }

    /** A review's next due time, or null for the interval of the investigation's priority. */
    Instant review(CaseRequests.Review review) {
        FieldErrors errors = body(review, "the rationale and the version you read");
        requireVersion(review.version(), errors);
        rationale("rationale", review.rationale(), "a supervisor's review", errors);
        Instant next = time("nextReviewDueAt", review.nextReviewDueAt(), false, errors);
        if (next != null && !next.isAfter(clock.instant())) {
            errors.add("nextReviewDueAt", "must be in the future");
        }
        errors.throwIfAny();
        return next;
    }

    InvestigationStatus statusChange(CaseRequests.StatusChange change) {
        FieldErrors errors = body(change, "the status, the rationale and the version you read");
        requireVersion(change.version(), errors);
        InvestigationStatus status = null;
        if (blank(change.status())) {
            errors.add("status", "is required: one of " + List.of(InvestigationStatus.values()));
        } else {
            status = constant("status", change.status(), InvestigationStatus.class, errors);
        }
        rationale("rationale", change.rationale(), "a change of status", errors);
        errors.throwIfAny();
        return status;
    }

    TaskContent newTask(CaseRequests.NewTask task, InvestigationRepository.InvestigationRow investigation) {
        FieldErrors errors = body(task, "the task's title, owner and due time");
        errors.requireText("title", task.title(), MAX_TASK_TITLE);
        errors.limitText("details", task.details(), MAX_TEXT);
        String owner = blank(task.owner()) ? investigation.officerInCharge() : officer("owner", task.owner(), errors);
        Instant due = time("dueAt", task.dueAt(), true, errors);
        Priority priority = blank(task.priority()) ? investigation.priority()
                : constant("priority", task.priority(), Priority.class, errors);
        errors.throwIfAny();
        return new TaskContent(tidy(task.title()), text(task.details()), owner, due, priority);
    }

    String completion(CaseRequests.Completion completion) {
        FieldErrors errors = body(completion, "the result and the version you read");
        requireVersion(completion.version(), errors);
        errors.requireText("result", completion.result(), MAX_TEXT);
        errors.throwIfAny();
        return text(completion.result());
    }

    ReallocationContent reallocation(CaseRequests.Reallocation reallocation, String currentOwner) {
        FieldErrors errors = body(reallocation, "the new owner, the reason and the version you read");
        requireVersion(reallocation.version(), errors);
        String owner = null;
        if (blank(reallocation.owner())) {
            errors.add("owner", "is required: the username of the officer who takes the task");
        } else {
            owner = officer("owner", reallocation.owner(), errors);
            if (owner != null && owner.equals(currentOwner)) {
                errors.add("owner", "already owns the task");
            }
        }
        rationale("reason", reallocation.reason(), "a re-allocation", errors);
        errors.throwIfAny();
        return new ReallocationContent(owner, text(reallocation.reason()));
    }

    private CrimeContent crimeFields(String prefix, CaseRequests.CrimeLink link, FieldErrors errors) {
        if (link == null) {
            errors.add(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "is missing");
            return null;
        }
        Optional<CrimeRecord> crime = Optional.empty();
        if (link.crimeId() == null) {
            errors.add(prefix + "crimeId", "is required: the id of a recorded crime");
        } else {
            crime = crimes.find(link.crimeId());
            if (crime.isEmpty()) {
                errors.add(prefix + "crimeId", "there is no crime with id " + link.crimeId());
            }
        }
        Set<String> flags = flags(prefix + "flags", link.flags(), errors);
        RiskLevel risk = risk(prefix + "risk", link.risk(), false, errors);
        return crime.map(record -> new CrimeContent(record, flags, risk)).orElse(null);
    }

    private OccurrenceContent occurrenceFields(String prefix, CaseRequests.Occurrence occurrence, FieldErrors errors) {
        if (occurrence == null) {
            errors.add(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "is missing");
            return null;
        }
        Optional<CaseReferenceData.OccurrenceType> type = Optional.empty();
        if (blank(occurrence.type())) {
            errors.add(prefix + "type", "is required: one of " + typeCodes());
        } else {
            type = referenceData.occurrenceType(occurrence.type());
            if (type.isEmpty()) {
                errors.add(prefix + "type", "'" + occurrence.type() + "' is not an occurrence type; use one of "
                        + typeCodes());
            }
        }
        Instant occurredAt = time(prefix + "occurredAt", occurrence.occurredAt(), true, errors);
        if (occurredAt != null && occurredAt.isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            errors.add(prefix + "occurredAt", "is in the future");
        }
        errors.requireText(prefix + "summary", occurrence.summary(), MAX_TEXT);
        Set<String> flags = flags(prefix + "flags", occurrence.flags(), errors);
        boolean needsEpisode = type.map(CaseReferenceData.OccurrenceType::needsMissingEpisode).orElse(false);
        RiskLevel risk = risk(prefix + "risk", occurrence.risk(), needsEpisode, errors);
        if (needsEpisode) {
            if (occurrence.missingEpisodeId() == null) {
                errors.add(prefix + "missingEpisodeId", "is required for a " + type.get().code()
                        + ": the id of the missing-person episode");
            } else {
                Optional<Episode> episode = missing.find(occurrence.missingEpisodeId());
                if (episode.isEmpty()) {
                    errors.add(prefix + "missingEpisodeId", "there is no missing-person episode with id "
                            + occurrence.missingEpisodeId());
                }
            }
        } else if (occurrence.missingEpisodeId() != null) {
            errors.add(prefix + "missingEpisodeId", "is only for occurrences of type MISSING_PERSON_EPISODE");
        }
        if (type.isEmpty()) {
            return null;
        }
        Set<String> all = new LinkedHashSet<>(type.get().impliedFlags());
        all.addAll(flags);
        return new OccurrenceContent(type.get(), occurredAt, text(occurrence.summary()), all, risk,
                needsEpisode ? occurrence.missingEpisodeId() : null);
    }

    private PersonContent personFields(String prefix, CaseRequests.PersonLink link, FieldErrors errors) {
        if (link == null) {
            errors.add(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "is missing");
            return null;
        }
        boolean known = false;
        if (link.personId() == null) {
            errors.add(prefix + "personId", "is required: the id of a person on record");
        } else if (people.find(link.personId()).isEmpty()) {
            errors.add(prefix + "personId", "there is no person with id " + link.personId() + " on record: choose "
                    + "the person again from a search by name, or record them first");
        } else {
            known = true;
        }
        PersonRole role = null;
        if (blank(link.role())) {
            errors.add(prefix + "role", "is required: one of " + List.of(PersonRole.values()));
        } else {
            role = constant(prefix + "role", link.role(), PersonRole.class, errors);
        }
        return known && role != null ? new PersonContent(link.personId(), role) : null;
    }

    private Set<String> flags(String field, List<String> given, FieldErrors errors) {
        Set<String> flags = new LinkedHashSet<>();
        if (given == null) {
            return flags;
        }
        for (int i = 0; i < given.size(); i++) {
            Optional<CaseReferenceData.Flag> flag = referenceData.flag(given.get(i));
            if (flag.isEmpty()) {
                errors.add(field + "[" + i + "]", "'" + given.get(i) + "' is not a flag; use one of "
                        + referenceData.flags().stream().map(CaseReferenceData.Flag::code).toList());
            } else {
                flags.add(flag.get().code());
            }
        }
        return flags;
    }

    private static RiskLevel risk(String field, String text, boolean fromMissingEpisode, FieldErrors errors) {
        if (blank(text)) {
            return null;
        }
        if (fromMissingEpisode) {
            errors.add(field, "comes from the missing-person episode's risk grade; leave it out");
            return null;
        }
        return constant(field, text, RiskLevel.class, errors);
    }

    /** A user who may own investigations and tasks: an enabled officer or supervisor. */
    private String officer(String field, String username, FieldErrors errors) {
        Optional<UserAccount> account = users.find(username.strip());
        if (account.isEmpty() || !account.get().enabled()) {
            errors.add(field, "there is no user '" + username.strip() + "' who can sign in");
            return null;
        }
        if (!account.get().roles().contains(Role.OFFICER) && !account.get().roles().contains(Role.SUPERVISOR)) {
            errors.add(field, "user '" + username.strip() + "' is not an officer or supervisor");
            return null;
        }
        return account.get().username();
    }

    private String supervisor(String field, String username, FieldErrors errors) {
        if (blank(username)) {
            errors.add(field, "is required: the username of the supervisor who oversees the investigation");
            return null;
        }
        Optional<UserAccount> account = users.find(username.strip());
        if (account.isEmpty() || !account.get().enabled() || !account.get().roles().contains(Role.SUPERVISOR)) {
            errors.add(field, "'" + username.strip() + "' is not a supervisor who can sign in");
            return null;
        }
        return account.get().username();
    }

    private static void rationale(String field, String text, String what, FieldErrors errors) {
        if (errors.requireText(field, text, MAX_TEXT) && text.strip().length() < MIN_RATIONALE) {
            errors.add(field, "must explain " + what + " so that it can be reviewed (at least " + MIN_RATIONALE
                    + " characters)");
        }
    }

    static void requireVersion(Long version, FieldErrors errors) {
        if (version == null) {
            errors.add("version", "is required: send the version you read");
        } else if (version < 0) {
            errors.add("version", "must be 0 or more");
        }
    }

    private static FieldErrors body(Object request, String what) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("body", "is missing: send " + what + " as JSON").throwIfAny();
        }
        return errors;
    }

    private Instant time(String field, String text, boolean required, FieldErrors errors) {
        if (blank(text)) {
            if (required) {
                errors.add(field, "is required: a date and time with an offset, such as 2026-11-27T14:30:00Z");
            }
            return null;
        }
        try {
            return errors.plausible(field, OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException bad) {
            errors.add(field, "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "' is not a date and time with an offset, such as 2026-11-27T14:30:00Z");
            return null;
        }
    }

    private List<String> typeCodes() {
        return referenceData.occurrenceTypes().stream().map(CaseReferenceData.OccurrenceType::code).toList();
    }

    private static <E extends Enum<E>> E constant(String field, String text, Class<E> type, FieldErrors errors) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            errors.add(field, "must be one of " + List.of(type.getEnumConstants()) + ", got '" + text + "'");
            return null;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String tidy(String text) {
        return blank(text) ? null : text.strip().replaceAll("\\s+", " ");
    }

    static String text(String text) {
        return blank(text) ? null : text.strip();
    }
}
