package org.peel.server.crime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.peel.server.people.People;
import org.peel.server.people.Person;
import org.peel.server.people.UkPostcode;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.ForceCalendar;
import org.springframework.stereotype.Component;

/**
 * The checks that incidents and crimes share: times, locations and links to people records. Each adds what is
 * wrong to the caller's {@link FieldErrors}, naming the field.
 */
@Component
class CrimeInput {

    static final int MAX_PEOPLE = 50;
    static final int MAX_TEXT = 4000;

    private final People people;
    private final ForceCalendar calendar;

    CrimeInput(People people, ForceCalendar calendar) {
        this.people = people;
        this.calendar = calendar;
    }

    /** A time written ISO-8601 with an offset, or as local time in the force's zone; null when absent. */
    Instant time(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return calendar.moment(LocalDateTime.parse(value));
            } catch (DateTimeParseException unreadable) {
                errors.add(field, "'" + text + "' is not a date and time written like 2026-03-01T14:05:00Z");
                return null;
            }
        }
    }

    /** A required location: an address, a description, or both. */
    static Location location(String field, IncidentDetails.LocationDetails given, FieldErrors errors) {
        if (given == null || (blank(given.lines()) && blank(given.postcode()) && blank(given.description()))) {
            errors.add(field, "is required: give an address, a postcode or a description of the place");
            return null;
        }
        errors.limitText(field + ".lines", given.lines(), 300);
        errors.limitText(field + ".town", given.town(), 100);
        errors.limitText(field + ".description", given.description(), 500);
        String postcode = null;
        if (!blank(given.postcode())) {
            Optional<String> normalised = UkPostcode.normalise(given.postcode());
            if (normalised.isEmpty()) {
                errors.add(field + ".postcode", "'" + given.postcode()
                        + "' is not a UK postcode (for example B11 4AB or SW1A 1AA)");
            } else {
                postcode = normalised.get();
            }
        }
        return new Location(tidy(given.lines()), tidy(given.town()), postcode, tidy(given.description()));
    }

    /** Ids of people records that must all exist; each unknown id is named. Null stays an empty list. */
    List<Long> personIds(String field, List<Long> ids, FieldErrors errors) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_PEOPLE) {
            errors.add(field, "holds " + ids.size() + " people; at most " + MAX_PEOPLE + " are allowed");
            return List.of();
        }
        Set<Long> known = new HashSet<>();
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        people.findAll(wanted).stream().map(Person::id).forEach(known::add);
        List<Long> checked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null) {
                errors.add(field + "[" + i + "]", "is empty");
            } else if (!known.contains(id)) {
                errors.add(field + "[" + i + "]", "there is no person with id " + id
                        + "; record the person first (after the duplicate check) and use their id");
            } else if (seen.add(id)) {
                checked.add(id);
            }
        }
        return checked;
    }

    /** One person id that must exist, or null when absent. */
    Long personId(String field, Long id, FieldErrors errors) {
        if (id == null) {
            return null;
        }
        if (people.find(id).isEmpty()) {
            errors.add(field, "there is no person with id " + id
                    + "; record the person first (after the duplicate check) and use their id");
            return null;
        }
        return id;
    }

    static void requireVersion(Long version, FieldErrors errors) {
        if (version == null) {
            errors.add("version", "is required: send the version of the record you are acting on");
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String tidied = text.strip();
        return tidied.isEmpty() ? null : tidied;
    }
}
