package org.peel.server.places;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.RecordNotFoundException;
import org.peel.server.platform.UkPostcode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locations and their warnings: record one, find one by postcode, partial address or reference, add and end
 * warnings. Each write stores the record, its audit entry and its change-log entry in one transaction; viewing and
 * searching are audited as consultations.
 */
@Service
public class Locations {

    /** The record type written to the audit log and the change log (warnings are changes to their location). */
    public static final String RECORD_TYPE = "location";

    private static final Pattern REFERENCE = Pattern.compile("LOC-?0*([0-9]{1,12})");

    private final LocationRepository repository;
    private final PlacesValidator validator;
    private final RecordKeeping records;
    private final ForceCalendar calendar;
    private final Clock clock;

    Locations(LocationRepository repository, PlacesValidator validator, RecordKeeping records, ForceCalendar calendar,
              Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.records = records;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Checks and records a location. A UPRN already on record is refused, naming the location that has it. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Location record(PlacesRequests.NewLocation request) {
        PlacesContent.LocationContent content = validator.location(request);
        if (content.uprn() != null) {
            repository.idByUprn(content.uprn()).ifPresent(existing -> new FieldErrors().add("uprn",
                    "is already on record as " + Location.referenceOf(existing) + ": link to that location")
                    .throwIfAny());
        }
        long id = repository.insert(content, CurrentUser.username(), clock.instant());
        records.kept(RECORD_TYPE, id, AuditAction.COLLECTION, "recorded location " + Location.referenceOf(id));
        return load(id);
    }

    /** A location for a user to look at, with its warnings: audited as a consultation. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Location view(long id) {
        Location location = load(id);
        records.consulted(RECORD_TYPE, id, "viewed location " + location.reference());
        return location;
    }

    /**
     * The locations an officer's words find, at most {@code limit}: a reference ({@code LOC-000123}); a postcode
     * ({@code m14 5xx}) or a postcode district ({@code M14}); or words of the address, each matching the start of a
     * word ({@code 14 acacia av}), narrowed to a postcode when one ends the text. Audited as a consultation.
     */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public List<Location> search(String typed, int limit) {
        List<Location> found = repository.findAll(idsFor(typed, Math.max(1, Math.min(limit, 200))), today());
        records.consultedAll(RECORD_TYPE, found.stream().map(Location::id).toList(), "searched locations for '" + (typed == null ? "" : typed.strip())
                + "': " + found.size() + " found");
        return found;
    }

    private List<Long> idsFor(String typed, int limit) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String text = typed.strip();
        Matcher reference = REFERENCE.matcher(text.toUpperCase(Locale.ROOT).replace(" ", ""));
        if (reference.matches()) {
            long id = Long.parseLong(reference.group(1));
            return repository.find(id, today()).map(location -> List.of(location.id())).orElse(List.of());
        }
        Optional<String> postcode = UkPostcode.normalise(text);
        if (postcode.isPresent()) {
            return repository.idsAtPostcode(postcode.get(), limit);
        }
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.matches("[A-Z]{1,2}[0-9][0-9A-Z]?") && UkPostcode.normalise(compact + "1AA").isPresent()) {
            return repository.idsInDistrict(compact, limit);
        }
        List<String> words = new ArrayList<>(AddressText.words(text));
        String narrowedTo = null;
        // A postcode ending the text, typed as one word or two, narrows the search to it.
        for (int parts = 1; parts <= 2 && narrowedTo == null; parts++) {
            if (words.size() > parts) {
                Optional<String> ending = UkPostcode.normalise(String.join("", words.subList(words.size() - parts,
                        words.size())));
                if (ending.isPresent()) {
                    narrowedTo = ending.get();
                    words = new ArrayList<>(words.subList(0, words.size() - parts));
                }
            }
        }
        if (words.isEmpty() || words.size() > 12) {
            return List.of();
        }
        return repository.idsMatching(words, narrowedTo, limit);
    }

    /** Adds a warning to a location. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Location addWarning(long id, PlacesRequests.NewWarning request) {
        Location location = load(id);
        PlacesContent.WarningContent content = validator.warning(request);
        repository.insertWarning(id, content, CurrentUser.username(), clock.instant());
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "added warning " + content.type().code() + " to "
                + location.reference());
        return load(id);
    }

    /** Ends a warning (from the day given, today when absent); a warning already ended is refused (409). */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Location endWarning(long id, long warningId, PlacesRequests.Ending request) {
        Location location = load(id);
        LocationWarning warning = repository.warning(id, warningId, today())
                .orElseThrow(() -> new RecordNotFoundException("location warning", warningId));
        if (warning.endedAt() != null) {
            throw new AlreadyEndedException("warning", warningId, warning.endsOn(), warning.endedBy());
        }
        PlacesContent.EndingContent ending = validator.ending(request, warning.startsOn());
        if (!repository.endWarning(id, warningId, ending.endsOn(), CurrentUser.username(), clock.instant())) {
            throw new AlreadyEndedException("warning", warningId, null, null);
        }
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "ended warning " + warning.typeCode() + " at "
                + location.reference() + (ending.reason() == null ? "" : ": " + ending.reason()));
        return load(id);
    }

    /** For other modules and pages that audit their own use: no audit entry. */
    @Transactional(readOnly = true)
    public Optional<Location> find(long id) {
        return repository.find(id, today());
    }

    /**
     * The addresses at {@code postcode} whose first line is {@code lines} written another way ("14 Acacia Av." and
     * "14 acacia avenue"): for the warnings at an address typed into another module. No audit entry.
     */
    @Transactional(readOnly = true)
    public List<Location> atAddress(String lines, String postcode) {
        Optional<String> standard = UkPostcode.normalise(postcode);
        if (standard.isEmpty() || lines == null || lines.isBlank()) {
            return List.of();
        }
        return repository.findAll(repository.idsAtAddress(standard.get(), AddressText.sameLineKey(lines)), today());
    }

    private Location load(long id) {
        return repository.find(id, today()).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private LocalDate today() {
        return calendar.today();
    }
}
