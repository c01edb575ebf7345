package org.peel.server.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.peel.match.CandidateName;
import org.peel.match.NameQuery;
import org.peel.match.PartialDate;
import org.peel.match.PersonMatch;
import org.peel.match.Sex;
import org.peel.match.Visibility;
import org.peel.server.access.NeedToKnow;
import org.peel.server.access.Role;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.people.NameType;
import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.people.PersonAlert;
import org.peel.server.people.PersonAlerts;
import org.peel.server.people.PersonDetails;
import org.peel.server.people.PersonName;
import org.peel.server.people.Restriction;
import org.peel.server.platform.FieldErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Finds people however their name was written: the search module's API. Every search is written to the audit log
 * (who searched for what), as the lawful log requires of consultation.
 *
 * <p>Restricted people (need-to-know) are left out by the index itself, before scoring, for a searcher they are not
 * open to ({@link Visibility}), so they change neither the results, nor their order, nor the counts. Where the force's
 * policy says so ({@code peel.restriction.search-shows=notice}, the default), the results instead say that a
 * restricted record matches and whom to contact; with {@code nothing}, they say nothing.
 */
@Service
public class PersonSearch {

    /** The most people one search ranks; beyond this an officer must narrow the search. */
    static final int CANDIDATE_CAP = 200;
    /** When more than this many people could plausibly be the one searched for, the officer is asked to narrow. */
    static final int TOO_MANY_PLAUSIBLE_MATCHES = 10;
    /** Confidence from which a result could plausibly be the person: a common name alone scores about 0.6. */
    static final double PLAUSIBLE = 0.5;
    static final int MAX_PAGE_SIZE = 100;
    /** Confidence from which a person is offered as "possibly already known" when a new person is recorded. */
    static final double DUPLICATE_THRESHOLD = 0.5;
    /** The most people the exact-name lookup in the database adds while the index catches up. */
    static final int EXACT_NAME_LOOKUP_LIMIT = 50;
    static final String FOUND_IN_DATABASE = "found in the database by the exact name searched: search is catching up";


    private final PersonIndex index;
    private final People people;
    private final PersonAlerts alerts;
    private final RecordKeeping records;
    private final Clock clock;
    private final IndexLagCheck lagCheck;
    private final boolean noticeRestricted;

    PersonSearch(PersonIndex index, People people, PersonAlerts alerts, RecordKeeping records, Clock clock,
                 IndexLagCheck lagCheck,
                 @Value("${peel.restriction.search-shows:notice}") String restrictedMatches) {
        this.lagCheck = lagCheck;
        this.noticeRestricted = switch (restrictedMatches.strip().toLowerCase(Locale.ROOT)) {
            case "notice" -> true;
            case "nothing" -> false;
            default -> throw new IllegalArgumentException("peel.restriction.search-shows is '" + restrictedMatches
                    + "': set it to notice (say that a restricted record matches, and its owner) or nothing");
        };
        this.index = index;
        this.people = people;
        this.alerts = alerts;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Runs an officer's search. Refuses a search it cannot read with
     * {@link org.peel.server.platform.InvalidInputException} naming the field.
     */
    @PreAuthorize(Role.READ_RECORDS)
    public SearchResults search(SearchRequest request) {
        return search(request, false);
    }

    /**
     * As {@link #search(SearchRequest)}, for results shown while the officer types (live search): the records shown
     * are logged as consulted only for the search the officer settles on, not for each pause in the typing
     * ({@link RecordKeeping#consultedWhileTyping}).
     */
    @PreAuthorize(Role.READ_RECORDS)
    public SearchResults searchWhileTyping(SearchRequest request) {
        return search(request, true);
    }

    private SearchResults search(SearchRequest request, boolean typing) {
        CheckedSearch search = check(request);
        if (search.pncId() != null) {
            return byPncId(search, request);
        }
        IndexLag lag = lagCheck.now();
        Set<String> keys = NeedToKnow.keysOfCurrentUser();
        List<PersonMatch> matches = index.search(search.query(), CANDIDATE_CAP, Visibility.openTo(keys));
        if (lag.catchingUp()) {
            matches = withExactNamesFromDatabase(search.query(), matches);
        }
        List<PersonMatch> kept = matches;
        Map<Long, Person> loaded = new LinkedHashMap<>();
        if (search.postcodeStart() != null) {
            people.findAll(ids(matches)).forEach(person -> loaded.put(person.id(), person));
            kept = matches.stream().filter(match -> livesAt(loaded.get(Long.parseLong(match.id())),
                    search.postcodeStart())).toList();
        }
        // Restricted since the index last caught up: left out here as the index will leave them out.
        Set<Long> lateRestricted = people.withheld(ids(kept));
        if (!lateRestricted.isEmpty()) {
            kept = kept.stream().filter(match -> !lateRestricted.contains(Long.parseLong(match.id()))).toList();
        }
        List<String> owners = restrictedOwners(search, keys);
        int from = Math.min(request.page() * request.size(), kept.size());
        List<PersonMatch> page = kept.subList(from, Math.min(from + request.size(), kept.size()));
        if (search.postcodeStart() == null) {
            people.findAll(ids(page)).forEach(person -> loaded.put(person.id(), person));
        }
        List<SearchHit> hits = new ArrayList<>();
        for (PersonMatch match : page) {
            Person person = loaded.get(Long.parseLong(match.id()));
            if (person != null) {
                hits.add(hit(match, person));
            }
        }
        long plausible = kept.stream().filter(match -> match.confidence() >= PLAUSIBLE).count();
        boolean tooMany = plausible > TOO_MANY_PLAUSIBLE_MATCHES || kept.size() >= CANDIDATE_CAP;
        String detail = "searched people for " + search.describe() + "; " + kept.size() + " found; shown "
                + hits.size() + " on page " + request.page() + (owners.isEmpty() ? ""
                : "; a restricted record matched, not shown (owner " + String.join(", ", owners) + ")");
        List<Long> shown = hits.stream().map(SearchHit::personId).toList();
        if (typing) {
            records.consultedWhileTyping(typedSoFar(request), People.RECORD_TYPE, shown, detail);
        } else {
            records.consultedAll(People.RECORD_TYPE, shown, detail);
        }
        return new SearchResults(withAlerts(hits), request.page(), request.size(), kept.size(), tooMany,
                tooMany ? advice(search) : null, lag, owners);
    }

    /**
     * While the index catches up it may not hold people recorded lately, so people whose name in the database is
     * exactly the one searched (surname, and forenames when given) are added to what the index found, scored like any
     * other result, filtered by sex and birth range like the index does, and marked why they are there.
     */
    private List<PersonMatch> withExactNamesFromDatabase(NameQuery query, List<PersonMatch> found) {
        if (query.surname() == null || query.surname().isBlank()) {
            return found;
        }
        java.util.Set<String> already = new java.util.HashSet<>(found.stream().map(PersonMatch::id).toList());
        List<Long> named = people.idsByExactName(query.forenames(), query.surname(), EXACT_NAME_LOOKUP_LIMIT);
        // The index leaves out people restricted to others before scoring; so does this.
        Set<Long> withheld = people.withheld(named);
        List<Long> ids = named.stream().filter(id -> !already.contains(Long.toString(id)) && !withheld.contains(id))
                .toList();
        if (ids.isEmpty()) {
            return found;
        }
        List<PersonMatch> merged = new ArrayList<>(found);
        for (Person person : people.findAll(ids)) {
            if (!withinFilters(query, person)) {
                continue;
            }
            PersonMatch scored = org.peel.match.NameMatcher.standard().score(query, PersonEntries.of(person, null));
            List<String> reasons = new ArrayList<>(scored.reasons());
            reasons.add(FOUND_IN_DATABASE);
            PersonMatch added = new PersonMatch(scored.id(), scored.confidence(), scored.matchedName(), reasons);
            int at = 0;
            while (at < merged.size() && merged.get(at).confidence() >= added.confidence()) {
                at++;
            }
            merged.add(at, added);
        }
        return merged.size() > CANDIDATE_CAP ? merged.subList(0, CANDIDATE_CAP) : merged;
    }

    /** The index's filters: that sex (or not known), born in the range (or no date of birth recorded). */
    private static boolean withinFilters(NameQuery query, Person person) {
        if (query.sex() != null && person.sex() != null && person.sex() != Sex.UNKNOWN && person.sex() != query.sex()) {
            return false;
        }
        if ((query.bornFrom() == null && query.bornTo() == null) || person.datesOfBirth().isEmpty()) {
            return true;
        }
        return person.datesOfBirth().stream().anyMatch(date ->
                (query.bornFrom() == null || !date.latest().isBefore(query.bornFrom()))
                        && (query.bornTo() == null || !date.earliest().isAfter(query.bornTo())));
    }

    /**
     * The owners of restricted records the searcher may not open that match the search plausibly, when the force's
     * policy is to tell: found by a second search among those records only, whose results are never shown.
     */
    private List<String> restrictedOwners(CheckedSearch search, Set<String> keys) {
        if (!noticeRestricted) {
            return List.of();
        }
        List<Long> hidden = ids(index.search(search.query(), TOO_MANY_PLAUSIBLE_MATCHES, Visibility.hiddenFrom(keys))
                .stream().filter(match -> match.confidence() >= PLAUSIBLE).toList());
        if (search.postcodeStart() != null && !hidden.isEmpty()) {
            hidden = people.findAllWhole(hidden).stream().filter(person -> livesAt(person, search.postcodeStart()))
                    .map(Person::id).toList();
        }
        return owners(hidden);
    }

    private List<String> owners(List<Long> restricted) {
        return people.currentRestrictions(restricted).values().stream().map(Restriction::owner).distinct().sorted()
                .toList();
    }

    /** The people holding the PNC ID that was typed: at most one in a clean index, more if records need merging. */
    private SearchResults byPncId(CheckedSearch search, SearchRequest request) {
        List<Long> holders = people.idsByIdentifier("PNC_ID", search.pncId());
        Set<Long> withheld = people.withheld(holders);
        List<Person> found = people.findAll(holders.stream().filter(id -> !withheld.contains(id)).toList());
        List<String> owners = noticeRestricted ? owners(List.copyOf(withheld)) : List.of();
        List<SearchHit> hits = found.stream().map(person -> new SearchHit(person.id(), 1.0,
                person.primaryName().displayName(), false, List.of("PNC ID " + search.pncId() + " is recorded for "
                + "this person"), person)).toList();
        int from = Math.min(request.page() * request.size(), hits.size());
        List<SearchHit> page = hits.subList(from, Math.min(from + request.size(), hits.size()));
        records.consultedAll(People.RECORD_TYPE, page.stream().map(SearchHit::personId).toList(),
                "searched people for " + search.describe() + "; " + hits.size() + " found");
        return new SearchResults(withAlerts(page), request.page(), request.size(), hits.size(), false, null, IndexLag.NONE, owners);
    }

    /**
     * Runs many searches at once on all the machine's cores (an analyst's list of names): for each query, its best
     * {@code top} matches. Its output leaves Peel: each person in it is logged as disclosed to {@code recipient}, for
     * {@code reason} (null when the force's policy asks for none).
     */
    @PreAuthorize(Role.READ_RECORDS)
    public List<List<SearchHit>> searchAll(List<NameQuery> queries, int top, String source, String recipient,
                                           String reason) {
        List<List<PersonMatch>> matches = new ArrayList<>(java.util.Collections.nCopies(queries.size(), List.of()));
        // Restricted people reach an output file only when it is run by someone they are open to.
        Visibility visibility = Visibility.openTo(NeedToKnow.keysOfCurrentUser());
        java.util.stream.IntStream.range(0, queries.size()).parallel()
                .forEach(i -> matches.set(i, index.search(queries.get(i), top, visibility)));
        List<Long> ids = matches.stream().flatMap(List::stream).map(match -> Long.parseLong(match.id()))
                .distinct().toList();
        Map<Long, Person> loaded = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 1_000) {
            people.findAllWhole(ids.subList(from, Math.min(ids.size(), from + 1_000)))
                    .forEach(person -> loaded.put(person.id(), person));
        }
        records.disclosedAll(People.RECORD_TYPE, ids, recipient, "batch search output for " + queries.size()
                + " queries from " + source, reason);
        return matches.stream().map(list -> list.stream()
                .filter(match -> loaded.containsKey(Long.parseLong(match.id())))
                .map(match -> hit(match, loaded.get(Long.parseLong(match.id())))).toList()).toList();
    }

    /**
     * People who may be the person about to be recorded, best first: the duplicate check that runs before a new
     * person is created. Each person offered is logged as consulted: the officer saw them.
     */
    @PreAuthorize(Role.WRITE_RECORDS)
    public List<SearchHit> possibleDuplicates(PersonDetails details) {
        if (details == null || details.names() == null || details.names().isEmpty()) {
            return List.of();
        }
        PersonDetails.Name name = details.names().get(0);
        // Bounded before any matching: the cost of matching grows with the length of the name.
        FieldErrors errors = new FieldErrors();
        if (name != null) {
            errors.limitText("names[0].forenames", name.forenames(), 200);
            errors.limitText("names[0].surname", name.surname(), 100);
        }
        errors.throwIfAny();
        if (name == null || ((name.surname() == null || name.surname().isBlank())
                && (name.forenames() == null || name.forenames().isBlank()))) {
            return List.of();
        }
        PartialDate dateOfBirth = details.datesOfBirth() == null ? null
                : details.datesOfBirth().stream().map(PartialDate::tryParse).flatMap(java.util.Optional::stream)
                .findFirst().orElse(null);
        NameQuery query = new NameQuery(name.forenames(), name.surname(), dateOfBirth, null, null, null);
        List<PersonMatch> matches = new ArrayList<>(index.search(query, 10,
                Visibility.openTo(NeedToKnow.keysOfCurrentUser())));
        if (lagCheck.now().catchingUp()) {
            matches = new ArrayList<>(withExactNamesFromDatabase(query, matches));
        }
        Set<Long> lateRestricted = people.withheld(ids(matches));
        matches.removeIf(match -> lateRestricted.contains(Long.parseLong(match.id())));
        matches.removeIf(match -> match.confidence() < DUPLICATE_THRESHOLD);
        Map<Long, Person> loaded = new LinkedHashMap<>();
        people.findAll(ids(matches)).forEach(person -> loaded.put(person.id(), person));
        List<SearchHit> offered = withAlerts(matches.stream().filter(match -> loaded.containsKey(Long.parseLong(match.id())))
                .map(match -> hit(match, loaded.get(Long.parseLong(match.id())))).toList());
        records.consultedAll(People.RECORD_TYPE, offered.stream().map(SearchHit::personId).toList(),
                "offered as a possible duplicate of " + display(name.forenames(), name.surname())
                        + " while recording a person");
        return offered;
    }

    /** What the officer has typed so far, to tell one search being typed from the next. */
    private static List<String> typedSoFar(SearchRequest request) {
        return java.util.stream.Stream.of(request.query(), request.forenames(), request.surname(),
                request.dateOfBirth(), request.postcode()).map(part -> part == null ? "" : part).toList();
    }

    /** The hits with their alerts ("Missing now"), read for the whole page at once. */
    private List<SearchHit> withAlerts(List<SearchHit> hits) {
        Map<Long, List<PersonAlert>> raised = alerts.of(hits.stream().map(SearchHit::personId)
                .toList());
        return hits.stream().map(hit -> hit.withAlerts(raised.getOrDefault(hit.personId(), List.of()))).toList();
    }

    private static SearchHit hit(PersonMatch match, Person person) {
        PersonName recorded = recordedName(person, match.matchedName());
        boolean alias = match.matchedName() != null && !match.matchedName().primary();
        return new SearchHit(person.id(), match.confidence(), recorded.displayName(), alias,
                withNamePartsNotKnown(match.reasons(), recorded), person);
    }

    /** The person's name the index matched, as recorded (with any part not known), or the main name. */
    private static PersonName recordedName(Person person, CandidateName matched) {
        if (matched == null) {
            return person.primaryName();
        }
        return person.names().stream()
                .filter(name -> (name.type() == NameType.PRIMARY) == matched.primary()
                        && sameText(name.forenames(), matched.forenames()) && sameText(name.surname(), matched.surname()))
                .findFirst().orElse(person.primaryName());
    }

    /** A name part not known on the record is said among the reasons: the person was found without it. */
    private static List<String> withNamePartsNotKnown(List<String> reasons, PersonName recorded) {
        if (!recorded.surnameNotKnown() && !recorded.forenamesNotKnown()) {
            return reasons;
        }
        List<String> said = new ArrayList<>(reasons);
        if (recorded.surnameNotKnown()) {
            said.add("surname not known on the record: found by what is known");
        }
        if (recorded.forenamesNotKnown()) {
            said.add("forenames not known on the record: found by what is known");
        }
        return List.copyOf(said);
    }

    private static boolean sameText(String recorded, String stored) {
        return (recorded == null ? "" : recorded.strip()).equals(stored == null ? "" : stored.strip());
    }

    private static String display(String forenames, String surname) {
        String upper = surname == null ? "" : surname.toUpperCase(Locale.ROOT);
        return forenames == null || forenames.isBlank() ? upper : upper + ", " + forenames;
    }

    private static List<Long> ids(List<PersonMatch> matches) {
        return matches.stream().map(match -> Long.parseLong(match.id())).toList();
    }

    private static boolean livesAt(Person person, String postcodeStart) {
        return person != null && person.addresses().stream().anyMatch(address -> address.postcode() != null
                && address.postcode().replace(" ", "").startsWith(postcodeStart));
    }

    private static String advice(CheckedSearch search) {
        List<String> steps = new ArrayList<>();
        NameQuery query = search.query();
        if (query.dateOfBirth() == null && query.bornFrom() == null && query.bornTo() == null) {
            steps.add("add a date of birth, a year of birth or an age range");
        }
        if (query.forenames() == null || query.surname() == null) {
            steps.add("give both forename and surname");
        }
        if (query.sex() == null) {
            steps.add("choose a sex");
        }
        if (search.postcodeStart() == null) {
            steps.add("add a postcode or its first part");
        }
        return steps.isEmpty() ? "Many people match: add more detail to narrow the search."
                : "Many people match: " + String.join(", ", steps) + ".";
    }

    /** A checked search: by name ({@code query}), or by PNC ID alone when {@code query} is null. */
    private record CheckedSearch(NameQuery query, String postcodeStart, String pncId) {

        String describe() {
            StringBuilder text = new StringBuilder();
            if (pncId != null) {
                text.append("PNC ID ").append(pncId).append(' ');
            }
            if (query == null) {
                return text.toString().strip();
            }
            text.append("forenames='").append(query.forenames() == null ? "" : query.forenames())
                    .append("' surname='").append(query.surname() == null ? "" : query.surname()).append('\'');
            if (query.dateOfBirth() != null) {
                text.append(" dob=").append(query.dateOfBirth());
            }
            if (query.bornFrom() != null || query.bornTo() != null) {
                text.append(" born ").append(query.bornFrom()).append("..").append(query.bornTo());
            }
            if (query.sex() != null) {
                text.append(" sex=").append(query.sex().code());
            }
            if (postcodeStart != null) {
                text.append(" postcode=").append(postcodeStart);
            }
            return text.toString();
        }
    }

    private CheckedSearch check(SearchRequest request) {
        FieldErrors errors = new FieldErrors();
        if (request == null) {
            errors.add("query", "type a name to search for").throwIfAny();
        }
        errors.limitText("query", request.query(), 200);
        errors.limitText("forenames", request.forenames(), 200);
        errors.limitText("surname", request.surname(), 100);
        errors.paging(request.page(), request.size(), MAX_PAGE_SIZE);
        NameQuery parsed = null;
        boolean hasQuery = request.query() != null && !request.query().isBlank();
        boolean hasNames = notBlank(request.forenames()) || notBlank(request.surname());
        LocalDate today = LocalDate.now(clock);
        QueryText text = hasQuery ? QueryText.read(request.query()) : new QueryText("", null, null, null);
        if (hasQuery && errors.isEmpty()) {
            if (hasName(text.name())) {
                try {
                    parsed = NameQuery.parse(text.name(), today);
                } catch (IllegalArgumentException unreadable) {
                    errors.add("query", unreadable.getMessage());
                }
            } else if (text.pncId() == null && !hasNames) {
                errors.add("query", withoutName(request.query().strip(), text));
            }
        } else if (!hasQuery && !hasNames) {
            errors.add("query", "type a name to search for, such as smith john 14/02/1991");
        }
        String forenames = notBlank(request.forenames()) ? request.forenames().strip()
                : parsed == null ? null : parsed.forenames();
        String surname = notBlank(request.surname()) ? request.surname().strip()
                : parsed == null ? null : parsed.surname();
        PartialDate dateOfBirth = parsed == null ? null : parsed.dateOfBirth();
        if (notBlank(request.dateOfBirth())) {
            dateOfBirth = dateOfBirth(request.dateOfBirth(), errors);
        }
        LocalDate bornFrom = errors.date("bornFrom", request.bornFrom(), false);
        LocalDate bornTo = errors.date("bornTo", request.bornTo(), false);
        if (text.age() != null) {
            if (text.age() > 130) {
                errors.add("query", "'age " + text.age() + "' is not an age: give one from 0 to 130");
            } else {
                bornFrom = later(bornFrom, text.bornFrom(today));
                bornTo = earlier(bornTo, text.bornTo(today));
            }
        }
        if (request.ageFrom() != null) {
            if (request.ageFrom() < 0 || request.ageFrom() > 130) {
                errors.add("ageFrom", "must be an age from 0 to 130");
            } else {
                bornTo = earlier(bornTo, today.minusYears(request.ageFrom()));
            }
        }
        if (request.ageTo() != null) {
            if (request.ageTo() < 0 || request.ageTo() > 130) {
                errors.add("ageTo", "must be an age from 0 to 130");
            } else {
                bornFrom = later(bornFrom, today.minusYears(request.ageTo() + 1L).plusDays(1));
            }
        }
        if (request.ageFrom() != null && request.ageTo() != null && request.ageFrom() > request.ageTo()) {
            errors.add("ageTo", "must not be less than the youngest age");
        } else if (bornFrom != null && bornTo != null && bornFrom.isAfter(bornTo)) {
            errors.add("bornTo", "must not be before the earliest date of birth");
        }
        Sex sex = sex(request.sex(), errors);
        String postcodeStart = text.postcode();
        if (notBlank(request.postcode())) {
            java.util.Optional<String> start = org.peel.server.platform.UkPostcode.start(request.postcode());
            if (start.isEmpty()) {
                errors.add("postcode", "'" + request.postcode().strip() + "' is not a postcode or its first part: "
                        + "write it like B11 4AB or B11");
            } else {
                postcodeStart = start.get();
            }
        }
        errors.throwIfAny();
        if (forenames == null && surname == null) {
            return new CheckedSearch(null, postcodeStart, text.pncId());
        }
        try {
            return new CheckedSearch(new NameQuery(forenames, surname, dateOfBirth, bornFrom, bornTo, sex),
                    postcodeStart, text.pncId());
        } catch (IllegalArgumentException unreadable) {
            throw org.peel.server.platform.InvalidInputException.of("query", unreadable.getMessage());
        }
    }

    private static boolean hasName(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** What to say when the search box holds no name: what Peel understood, and what to add. */
    private static String withoutName(String typed, QueryText text) {
        if (text.postcode() != null) {
            return "'" + typed + "' is a postcode: to find people who live there, add a name, such as smith "
                    + typed;
        }
        if (text.age() != null) {
            return "add a name to the age, such as smith " + typed;
        }
        if (!text.name().isBlank() && org.peel.match.WrittenDate.find(text.name(), LocalDate.now()).isPresent()) {
            return "add a name to the date of birth, such as smith " + typed;
        }
        return "'" + typed + "' is not a name, reference, PNC ID or postcode that Peel knows: search for a name, "
                + "with a date of birth or age if you have them, such as smith john 14/02/1991";
    }

    private static PartialDate dateOfBirth(String text, FieldErrors errors) {
        return errors.partialDate("dateOfBirth", text, false);
    }

    private static Sex sex(String text, FieldErrors errors) {
        if (!notBlank(text)) {
            return null;
        }
        switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "M", "MALE":
                return Sex.MALE;
            case "F", "FEMALE":
                return Sex.FEMALE;
            case "U", "UNKNOWN", "ANY":
                return null;
            default:
                errors.add("sex", "'" + text.strip() + "' is not a sex to search by: choose male or female, or leave it "
                        + "empty for any");
                return null;
        }
    }

    private static LocalDate earlier(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    private static LocalDate later(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isAfter(current) ? candidate : current;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
