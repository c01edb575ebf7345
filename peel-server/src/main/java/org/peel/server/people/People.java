package org.peel.server.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.peel.server.access.NeedToKnow;
import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.AuditEntry;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.EditConflictException;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.InvalidInputException;
import org.peel.server.platform.RecordNotFoundException;
import org.peel.server.platform.RestrictedRecordException;
import org.peel.server.platform.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People records: the people module's API. Every create and change writes the record, its audit entry and its
 * change-log entry in one transaction; viewing a record is audited as a consultation.
 */
@Service
public class People {

    /** The record type written to the audit log and the change log. */
    public static final String RECORD_TYPE = "person";
    static final int MAX_PAGE_SIZE = 200;
    /** The longest reason for an erasure (the column holds 2000). */
    public static final int MAX_REASON = 2000;
    /** What lists and linked records show in place of a person the user may not see. */
    public static final String RESTRICTED_RECORD = "Restricted record";
    static final int MAX_RESTRICTION_USERS = 50;
    static final int REFUSALS_SHOWN = 50;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9@][A-Za-z0-9@._:-]{0,63}");
    private static final Pattern TEAM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");

    private final PersonRepository repository;
    private final PersonValidator validator;
    private final PersonReferenceData referenceData;
    private final RecordKeeping records;
    private final PersonHistory history;
    private final Clock clock;
    private final ForceCalendar calendar;
    private final AddressLocating addressLocating;
    private final PersonRestrictions restrictions;

    People(PersonRepository repository, PersonValidator validator, PersonReferenceData referenceData,
           RecordKeeping records, PersonHistory history, Clock clock, ForceCalendar calendar,
           AddressLocating addressLocating, PersonRestrictions restrictions) {
        this.addressLocating = addressLocating;
        this.restrictions = restrictions;
        this.calendar = calendar;
        this.history = history;
        this.repository = repository;
        this.validator = validator;
        this.referenceData = referenceData;
        this.records = records;
        this.clock = clock;
    }

    /** Checks and stores a new person. Refuses bad input with {@link InvalidInputException}, storing nothing. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Person create(PersonDetails details) {
        PersonContent content = validator.check(details);
        long id = repository.insert(content, CurrentUser.username(), Instant.now(clock));
        addressLocating.locate(id);
        records.kept(RECORD_TYPE, id, AuditAction.COLLECTION, "created person " + content.names().get(0).asWritten());
        return load(id);
    }

    /**
     * Checks details as {@link #create} would, storing nothing: for a form that checks what was typed before it
     * runs the duplicate check.
     *
     * @throws InvalidInputException naming every field that is wrong
     */
    @PreAuthorize(Role.WRITE_RECORDS)
    public void check(PersonDetails details) {
        validator.check(details);
    }

    /**
     * Stores many people at once (an import from another system): each is checked as {@link #create} checks it; the
     * good ones are stored in one transaction with their audit and change-log entries, the bad ones are reported and
     * not stored.
     *
     * @return one outcome per person given, in the same order
     */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public List<ImportOutcome> importAll(List<PersonDetails> batch, String source) {
        List<ImportOutcome> outcomes = new ArrayList<>(batch.size());
        List<PersonContent> good = new ArrayList<>();
        List<Integer> goodPositions = new ArrayList<>();
        for (PersonDetails details : batch) {
            try {
                good.add(validator.check(details));
                goodPositions.add(outcomes.size());
                outcomes.add(null);
            } catch (InvalidInputException invalid) {
                outcomes.add(new ImportOutcome.Rejected(invalid.errors()));
            }
        }
        List<Long> ids = repository.insertAll(good, CurrentUser.username(), Instant.now(clock));
        for (int i = 0; i < ids.size(); i++) {
            outcomes.set(goodPositions.get(i), new ImportOutcome.Stored(ids.get(i)));
        }
        records.keptAll(RECORD_TYPE, ids, AuditAction.COLLECTION, "imported person from " + source);
        return outcomes;
    }

    /**
     * Replaces a person's details, provided nobody changed the record since {@code details.version()}.
     *
     * @throws EditConflictException when someone else changed it first
     */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Person update(long id, PersonDetails details) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(details, "send the person's details as JSON");
        errors.requireVersion(details.version());
        errors.throwIfAny();
        PersonContent sent = validator.check(details);
        Person held = heldAt(id, details.version());
        // Addresses are history: one left out is ended, not deleted.
        PersonContent content = new PersonContent(sent.sex(), sent.names(), sent.datesOfBirth(), sent.identifiers(),
                AddressHistory.changed(held.addresses(), sent.addresses(), today()), sent.warningMarkers(),
                sent.vulnerabilityMarkers());
        return replaced(held, content, AuditAction.ALTERATION, "changed person from version " + held.version() + " to " + (held.version() + 1));
    }

    /**
     * Adds what an officer typed to a person already on record, changing and removing nothing: names (a main name
     * typed becomes an alias), dates of birth, identifiers, addresses (current from today) and markers the record does
     * not hold yet. This is what the duplicate check offers instead of recording a second person. {@code
     * details.version()} must be the version the officer saw, as for {@link #update}.
     *
     * @throws EditConflictException when someone else changed the record first
     */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Person addDetails(long id, PersonDetails details) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(details, "send the details to add as JSON");
        errors.requireVersion(details.version());
        errors.throwIfAny();
        PersonContent typed = validator.check(details);
        Person held = heldAt(id, details.version());
        PersonContent merged = AddedDetails.onto(held, typed, today());
        if (!AddedDetails.addsAnything(held, merged)) {
            return withMarkerTitles(held);
        }
        return replaced(held, merged, AuditAction.COMBINATION, "added details to person, now version " + (held.version() + 1));
    }

    /** The person as stored, provided it is still at {@code version}. */
    private Person heldAt(long id, long version) {
        Person held = repository.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        openOrRefuse(id, "change");
        if (held.version() != version) {
            throw new EditConflictException(RECORD_TYPE, id, version, held.version());
        }
        return held;
    }

    /** Stores {@code content} over {@code held} with its audit and change-log entry, unless someone got there first. */
    private Person replaced(Person held, PersonContent content, AuditAction action, String change) {
        if (!repository.update(held.id(), held.version(), content, CurrentUser.username(), Instant.now(clock))) {
            throw new EditConflictException(RECORD_TYPE, held.id(), held.version(),
                    repository.currentVersion(held.id()).orElse(held.version()));
        }
        addressLocating.locate(held.id());
        Person after = repository.find(held.id()).orElseThrow();
        history.keep(held, after);
        records.kept(RECORD_TYPE, held.id(), action, change + ": " + history.difference(held, after));
        return withMarkerTitles(after);
    }

    private LocalDate today() {
        return calendar.today();
    }

    /**
     * Erases a person after a review under MoPI: every personal detail (names, dates of birth, identifiers,
     * addresses, markers and their notes, every earlier version) is removed; the id stays as a tombstone saying when,
     * by whom and why, and is never used again. The erasure's audit entry names the person by id only, and its
     * change-log entry makes the search index forget them.
     *
     * @throws InvalidInputException when no reason is given
     * @throws RecordNotFoundException when there is no such person
     * @throws PersonErasedException when the person was already erased
     */
    @Transactional
    @PreAuthorize(Role.SUPERVISORS)
    public Erasure erase(long id, String reason) {
        FieldErrors errors = new FieldErrors();
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "is needed: say why the record is no longer necessary");
        } else if (reason.strip().length() > MAX_REASON) {
            errors.add("reason", "is longer than " + MAX_REASON + " characters");
        }
        errors.throwIfAny();
        // A restricted record is reviewed by those it is open to: erasing it is the most final way of opening it.
        openOrRefuse(id, "erase");
        if (!repository.erase(id, reason.strip(), CurrentUser.username(), Instant.now(clock))) {
            throw repository.erasure(id).<RuntimeException>map(PersonErasedException::new)
                    .orElseGet(() -> new RecordNotFoundException(RECORD_TYPE, id));
        }
        records.kept(RECORD_TYPE, id, AuditAction.ERASURE, "erased person " + id + ": " + reason.strip());
        return repository.erasure(id).orElseThrow();
    }

    /** The tombstone of an erased person, if they were erased. No audit entry: it holds no personal data. */
    @Transactional(readOnly = true)
    public Optional<Erasure> erasure(long id) {
        return repository.erasure(id);
    }

    /**
     * A person's record for a user to look at: audited as a consultation.
     *
     * @throws PersonErasedException when the person was erased (their tombstone is all there is)
     */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Person view(long id) {
        Person person = repository.find(id).map(this::withMarkerTitles)
                .orElseThrow(() -> repository.erasure(id).<RuntimeException>map(PersonErasedException::new)
                        .orElseGet(() -> new RecordNotFoundException(RECORD_TYPE, id)));
        openOrRefuse(id, "view");
        records.consulted(RECORD_TYPE, id, "viewed person");
        return person;
    }

    /**
     * A person as they were at an earlier version (every version since their first change is kept): audited as a
     * consultation of the person.
     */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Person viewVersion(long id, long version) {
        Person current = repository.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        openOrRefuse(id, "view version " + version + " of");
        Person asItWas = current.version() == version ? current : history.version(id, version)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE + " version", id + "/" + version));
        records.consulted(RECORD_TYPE, id, "viewed person as at version " + version);
        return withMarkerTitles(asItWas);
    }

    /** The versions of a person that can be looked at, oldest first (the current one last). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.READ_RECORDS)
    public List<Long> versions(long id) {
        repository.erasure(id).ifPresent(erasure -> {
            throw new PersonErasedException(erasure);
        });
        long current = repository.currentVersion(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        openOrRefuse(id, "list the versions of");
        List<Long> versions = new ArrayList<>(history.versions(id));
        if (!versions.contains(current)) {
            versions.add(current);
        }
        return versions;
    }

    /** A page of people for a user to look at: audited as a consultation. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public PersonPage list(int page, int size) {
        FieldErrors errors = new FieldErrors();
        errors.paging(page, size, MAX_PAGE_SIZE);
        errors.throwIfAny();
        List<Person> items = findAll(repository.pageOfIds(page * size, size));
        Set<Long> withheld = withheld(items.stream().map(Person::id).toList());
        records.consultedAll(RECORD_TYPE, items.stream().map(Person::id).filter(id -> !withheld.contains(id)).toList(),
                "listed people page " + page + " of size " + size);
        return new PersonPage(items, page, size, repository.count());
    }

    /**
     * For other modules (search results, links from events): no audit entry; the caller audits its own use. A person
     * restricted to others comes back {@linkplain #withheldFrom withheld}: their id and "Restricted record", no detail.
     */
    @Transactional(readOnly = true)
    public Optional<Person> find(long id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /**
     * The people with these ids, in the order given, leaving out ids that do not exist. No audit entry. People
     * restricted to others come back {@linkplain #withheldFrom withheld}, so every list of linked records, every
     * name shown beside another record and every export built from here shows no detail of them.
     */
    @Transactional(readOnly = true)
    public List<Person> findAll(Collection<Long> ids) {
        List<Person> found = repository.findAll(ids);
        Set<Long> withheld = withheld(found.stream().map(Person::id).toList());
        return found.stream().map(person -> withheld.contains(person.id()) ? withheldFrom(person)
                : withMarkerTitles(person)).toList();
    }

    /**
     * The people with these ids whole, restrictions or not: for Peel's own work that must see everyone (the search
     * index, which applies restrictions itself). Never show what this returns to a user.
     */
    @Transactional(readOnly = true)
    public List<Person> findAllWhole(Collection<Long> ids) {
        return repository.findAll(ids).stream().map(this::withMarkerTitles).toList();
    }

    /** What a link to an erased person says in place of their name. */
    public static final String ERASED_RECORD = "Erased record";

    /**
     * The name to show for each of these people in another record's links: their main name, or
     * {@value #ERASED_RECORD} for a person erased, {@value #RESTRICTED_RECORD} for one restricted to others;
     * ids that never existed are left out. No audit entry.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNames(Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        List<Long> distinct = ids.stream().distinct().toList();
        findAll(distinct).forEach(person -> names.put(person.id(), person.primaryName().displayName()));
        repository.erasedAmong(distinct.stream().filter(id -> !names.containsKey(id)).toList())
                .forEach(id -> names.put(id, ERASED_RECORD));
        return names;
    }

    /**
     * Which of these people the signed-in user may not see: restricted, and not to them, their team, or a restriction
     * they own. Peel acting by itself ({@link NeedToKnow#peelItselfIsActing}) is withheld nothing here.
     */
    @Transactional(readOnly = true)
    public Set<Long> withheld(Collection<Long> ids) {
        if (ids.isEmpty() || NeedToKnow.peelItselfIsActing()) {
            return Set.of();
        }
        Set<String> keys = NeedToKnow.keysOfCurrentUser();
        Set<Long> withheld = new java.util.HashSet<>();
        restrictions.current(ids).forEach((id, restriction) -> {
            if (!restriction.opensTo(keys)) {
                withheld.add(id);
            }
        });
        return withheld;
    }

    /** The restrictions holding now over any of these people, by person: for the search index and its notices. */
    @Transactional(readOnly = true)
    public Map<Long, Restriction> currentRestrictions(Collection<Long> ids) {
        return restrictions.current(ids);
    }

    /**
     * Restricts a person's record to named users and/or a team: only they and the supervisor restricting it (its
     * owner) may then see it. A restriction already holding is ended and kept, and this one replaces it; a supervisor
     * may do so only when the record is open to them. Audited as an alteration with the reason, and the search index
     * follows it through the change log.
     *
     * @throws InvalidInputException naming every field that is wrong, changing nothing
     */
    @Transactional
    @PreAuthorize(Role.SUPERVISE)
    public Restriction restrict(long id, RestrictionRequest request) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(request, "send the users and/or team who may see the record, and the reason, as JSON");
        List<String> users = new ArrayList<>();
        if (request.users() != null) {
            if (request.users().size() > MAX_RESTRICTION_USERS) {
                errors.add("users", "names " + request.users().size() + " users; at most " + MAX_RESTRICTION_USERS
                        + " may be named: name a team instead");
            } else {
                for (String user : request.users()) {
                    String tidied = Text.tidy(user);
                    if (tidied == null) {
                        continue;
                    }
                    if (!USERNAME.matcher(tidied).matches()) {
                        errors.add("users", "'" + tidied.substring(0, Math.min(40, tidied.length()))
                                + "' is not a user name: letters, digits and . _ - @ :, at most 64");
                    } else if (!users.contains(tidied) && !tidied.equals(CurrentUser.username())) {
                        users.add(tidied);
                    }
                }
            }
        }
        String team = Text.tidy(request.team());
        if (team != null && !TEAM.matcher(team).matches()) {
            errors.add("team", "is not a team name: letters, digits, spaces and . _ -, at most 64");
        }
        if (users.isEmpty() && team == null && errors.isEmpty()) {
            errors.add("users", "name at least one user, or a team, who may see the record besides you");
        }
        String reason = errors.rationale("reason", request.reason(), 10, 2000);
        errors.throwIfAny();
        if (!restrictions.lockPerson(id)) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        Optional<Restriction> held = restrictions.current(id);
        held.ifPresent(restriction -> openOrRefuse(restriction, "restrict anew"));
        Instant now = Instant.now(clock);
        held.ifPresent(restriction -> restrictions.lift(restriction.id(), CurrentUser.username(),
                "replaced by a new restriction", now));
        restrictions.insert(id, CurrentUser.username(), users, team, reason, now);
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "restricted person to " + describe(users, team)
                + (held.isPresent() ? " (replacing the restriction by " + held.get().owner() + ")" : "")
                + ": " + reason, reason);
        return restrictions.current(id).orElseThrow();
    }

    /**
     * Lifts a person's restriction, with the reason: the record is open to every reader again. The restriction is
     * kept, ended, in the record's history. Only a supervisor the record is open to may lift it.
     *
     * @throws RecordNotFoundException when the person does not exist or is not restricted
     */
    @Transactional
    @PreAuthorize(Role.SUPERVISE)
    public Restriction lift(long id, String reason) {
        FieldErrors errors = new FieldErrors();
        String why = errors.rationale("reason", reason, 10, 2000);
        errors.throwIfAny();
        if (!restrictions.lockPerson(id)) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        Restriction held = restrictions.current(id)
                .orElseThrow(() -> new RecordNotFoundException("restriction of person", id));
        openOrRefuse(held, "lift the restriction of");
        restrictions.lift(held.id(), CurrentUser.username(), why, Instant.now(clock));
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "lifted the restriction of person (by "
                + held.owner() + " to " + describe(held.users(), held.team()) + "): " + why, why);
        return restrictions.history(id).get(0);
    }

    /**
     * A person's restrictions, the current one first, with the attempts refused while restricted: for those the
     * record is open to. Empty lists for a person never restricted.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.READ_RECORDS)
    public Restrictions restrictions(long id) {
        List<Restriction> history = restrictions.history(id);
        if (history.isEmpty()) {
            repository.currentVersion(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        }
        history.stream().filter(Restriction::current).findFirst()
                .ifPresent(restriction -> openOrRefuse(restriction, "read the restriction of"));
        List<AuditEntry> refused = history.isEmpty() ? List.of() : records.refusedAttempts(RECORD_TYPE, id,
                history.get(history.size() - 1).restrictedAt(), REFUSALS_SHOWN);
        return new Restrictions(history.stream().filter(Restriction::current).findFirst().orElse(null), history,
                refused.stream().map(entry -> new Restrictions.Refusal(entry.occurredAt(), entry.username(),
                        entry.detail())).toList());
    }

    private static String describe(List<String> users, String team) {
        List<String> who = new ArrayList<>(users);
        if (team != null) {
            who.add("team " + team);
        }
        return String.join(", ", who);
    }

    /** Refuses (403, logged for the owner to see) a user the person's record is not open to. */
    private void openOrRefuse(long id, String attempt) {
        restrictions.current(id).ifPresent(restriction -> openOrRefuse(restriction, attempt));
    }

    private void openOrRefuse(Restriction restriction, String attempt) {
        if (NeedToKnow.peelItselfIsActing() || restriction.opensTo(NeedToKnow.keysOfCurrentUser())) {
            return;
        }
        records.refused(RECORD_TYPE, restriction.personId(), "refused: tried to " + attempt + " person "
                + restriction.personId() + ", restricted by " + restriction.owner());
        throw new RestrictedRecordException(RECORD_TYPE, restriction.personId(), restriction.owner());
    }

    /** A person restricted to others, as lists show them: the id and "Restricted record", no detail. */
    private static Person withheldFrom(Person person) {
        return new Person(person.id(), person.version(), org.peel.match.Sex.UNKNOWN,
                List.of(new PersonName(NameType.PRIMARY, "", RESTRICTED_RECORD, RESTRICTED_RECORD)), List.of(),
                List.of(), List.of(), List.of(), List.of(), person.createdAt(), person.createdBy(), person.updatedAt(),
                person.updatedBy());
    }

    /** Person ids above {@code afterId}, in order: for walking every record (rebuilding the search index). */
    @Transactional(readOnly = true)
    public List<Long> idsAfter(long afterId, int limit) {
        return repository.idsAfter(afterId, limit);
    }

    /** People holding an identifier of this type and value (for example an imported source reference). */
    @Transactional(readOnly = true)
    public List<Long> idsByIdentifier(String type, String value) {
        return repository.idsByIdentifier(type, value);
    }

    /**
     * People recorded under this exact surname (and these forenames, or forenames starting with them as whole words,
     * when given), whatever the case, newest first, at most {@code limit}: an exact lookup that needs no search index.
     */
    @Transactional(readOnly = true)
    public List<Long> idsByExactName(String forenames, String surname, int limit) {
        if (surname == null || surname.isBlank() || limit <= 0) {
            return List.of();
        }
        return repository.idsByExactName(forenames, surname, limit);
    }

    /** Which of these identifier values people already hold (for example source references already imported). */
    @Transactional(readOnly = true)
    public java.util.Set<String> existingIdentifierValues(String type, Collection<String> values) {
        return values.isEmpty() ? java.util.Set.of() : repository.existingIdentifierValues(type, values);
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    private Person load(long id) {
        return repository.find(id).map(this::withMarkerTitles).orElseThrow();
    }

    private Person withMarkerTitles(Person person) {
        return new Person(person.id(), person.version(), person.sex(), person.names(), person.datesOfBirth(),
                person.identifiers(), person.addresses(), titled(person.warningMarkers()),
                titled(person.vulnerabilityMarkers()), person.createdAt(), person.createdBy(), person.updatedAt(),
                person.updatedBy());
    }

    private List<Marker> titled(List<Marker> markers) {
        return markers.stream().map(marker -> new Marker(marker.category(), marker.type(),
                referenceData.markerType(marker.type()).map(PersonReferenceData.MarkerType::title).orElse(marker.type()),
                marker.startDate(), marker.endDate(), marker.note())).toList();
    }
}
