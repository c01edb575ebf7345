package org.peel.server.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.peel.match.PartialDate;
import org.peel.match.Sex;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.Text;
import org.springframework.stereotype.Component;

/**
 * Checks what an officer submitted and turns it into a storable record, or refuses it naming every field that is
 * wrong and why. The API and the web pages both use it, so their messages are the same.
 */
@Component
class PersonValidator {

    static final int MAX_NAMES = 20;
    static final int MAX_DATES_OF_BIRTH = 5;
    static final int MAX_IDENTIFIERS = 20;
    static final int MAX_ADDRESSES = 20;
    static final int MAX_MARKERS = 30;
    static final int MAX_NOTE = 2000;

    private final PersonReferenceData referenceData;
    private final Clock clock;

    PersonValidator(PersonReferenceData referenceData, Clock clock) {
        this.referenceData = referenceData;
        this.clock = clock;
    }

    PersonContent check(PersonDetails details) {
        FieldErrors errors = new FieldErrors();
        errors.requireBody(details, "send the person's details as JSON");
        Sex sex = sex(details.sex(), errors);
        List<PersonName> names = names(details.names(), errors);
        List<PartialDate> datesOfBirth = datesOfBirth(details.datesOfBirth(), errors);
        List<Identifier> identifiers = identifiers(details.identifiers(), errors);
        List<Address> addresses = addresses(details.addresses(), errors);
        List<Marker> warnings = markers("warningMarkers", details.warningMarkers(), MarkerCategory.WARNING, errors);
        List<Marker> vulnerabilities = markers("vulnerabilityMarkers", details.vulnerabilityMarkers(),
                MarkerCategory.VULNERABILITY, errors);
        errors.throwIfAny();
        return new PersonContent(sex, names, datesOfBirth, identifiers, addresses, warnings, vulnerabilities);
    }

    private static Sex sex(String given, FieldErrors errors) {
        if (given == null || given.isBlank()) {
            return Sex.UNKNOWN;
        }
        String value = given.strip().toUpperCase(Locale.ROOT);
        for (Sex sex : Sex.values()) {
            if (sex.name().equals(value) || sex.code().equals(value)) {
                return sex;
            }
        }
        errors.add("sex", "must be MALE, FEMALE or UNKNOWN (or M, F, U), got '" + given + "'");
        return Sex.UNKNOWN;
    }

    private static List<PersonName> names(List<PersonDetails.Name> given, FieldErrors errors) {
        List<PersonName> names = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            errors.add("names", "must hold at least one name");
            return names;
        }
        if (given.size() > MAX_NAMES) {
            errors.add("names", "holds " + given.size() + " names; at most " + MAX_NAMES + " are allowed");
            return names;
        }
        int primaries = 0;
        for (int i = 0; i < given.size(); i++) {
            PersonDetails.Name name = given.get(i);
            String field = "names[" + i + "]";
            if (name == null) {
                errors.add(field, "is empty");
                continue;
            }
            NameType stated = errors.oneOf(field + ".type", name.type(), NameType.class, false);
            NameType type = stated != null ? stated : i == 0 ? NameType.PRIMARY : NameType.ALIAS;
            if (type == NameType.PRIMARY) {
                primaries++;
            }
            boolean surnameNotKnown = name.isSurnameNotKnown();
            boolean forenamesNotKnown = name.isForenamesNotKnown();
            if (surnameNotKnown) {
                if (!Text.blank(name.surname())) {
                    errors.add(field + ".surname", "is marked not known but holds '" + Text.tidy(name.surname())
                            + "': give the surname or mark it not known, not both");
                }
            } else if (Text.blank(name.surname())) {
                errors.add(field + ".surname", "is required: give the surname, or mark it not known "
                        + "(surnameNotKnown) if no one knows it");
            } else if (errors.limitText(field + ".surname", name.surname(), 100) && !containsLetter(name.surname())) {
                errors.add(field + ".surname", "must contain letters");
            }
            if (forenamesNotKnown && !Text.blank(name.forenames())) {
                errors.add(field + ".forenames", "are marked not known but hold '" + Text.tidy(name.forenames())
                        + "': give the forenames or mark them not known, not both");
            }
            if (surnameNotKnown && (forenamesNotKnown || Text.blank(name.forenames()))) {
                errors.add(field + ".forenames", "are needed when the surname is not known: a name with no part "
                        + "known cannot be searched for");
            }
            errors.limitText(field + ".forenames", name.forenames(), 200);
            errors.limitText(field + ".asWritten", name.asWritten(), 300);
            String surname = surnameNotKnown ? null : tidy(name.surname());
            String forenames = forenamesNotKnown ? null : tidy(name.forenames());
            String asWritten = Text.blank(name.asWritten())
                    ? String.join(" ", java.util.stream.Stream.of(forenames, surname)
                            .filter(part -> part != null && !part.isEmpty()).toList())
                    : Text.tidy(name.asWritten());
            if (asWritten.length() > 300 && Text.blank(name.asWritten())) {
                errors.add(field + ".forenames", "with the surname makes a name of " + asWritten.length()
                        + " characters; at most 300 are allowed");
            }
            names.add(new PersonName(type, forenames, surname, asWritten, surnameNotKnown, forenamesNotKnown));
        }
        if (primaries != 1) {
            errors.add("names", primaries == 0 ? "must include one PRIMARY name"
                    : "has " + primaries + " PRIMARY names; exactly one name is the primary name");
        }
        return names;
    }

    private List<PartialDate> datesOfBirth(List<String> given, FieldErrors errors) {
        List<PartialDate> dates = new ArrayList<>();
        if (given == null) {
            return dates;
        }
        if (given.size() > MAX_DATES_OF_BIRTH) {
            errors.add("datesOfBirth", "holds " + given.size() + " dates; at most " + MAX_DATES_OF_BIRTH
                    + " are allowed");
            return dates;
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < given.size(); i++) {
            String field = "datesOfBirth[" + i + "]";
            String text = given.get(i);
            if (text == null || text.isBlank()) {
                errors.add(field, "is empty; leave it out when the date of birth is not known");
                continue;
            }
            try {
                PartialDate date = org.peel.match.WrittenDate.read(text, today);
                if (date.earliest().isAfter(today)) {
                    errors.add(field, "is in the future");
                } else if (date.year() < FieldErrors.EARLIEST_DATE.getYear()) {
                    errors.add(field, "is before " + FieldErrors.EARLIEST_DATE.getYear());
                } else {
                    dates.add(date);
                }
            } catch (IllegalArgumentException bad) {
                errors.add(field, bad.getMessage());
            }
        }
        return dates;
    }

    private List<Identifier> identifiers(List<PersonDetails.IdentifierDetails> given, FieldErrors errors) {
        List<Identifier> identifiers = new ArrayList<>();
        if (given == null) {
            return identifiers;
        }
        if (given.size() > MAX_IDENTIFIERS) {
            errors.add("identifiers", "holds " + given.size() + "; at most " + MAX_IDENTIFIERS + " are allowed");
            return identifiers;
        }
        for (int i = 0; i < given.size(); i++) {
            String field = "identifiers[" + i + "]";
            PersonDetails.IdentifierDetails identifier = given.get(i);
            if (identifier == null) {
                errors.add(field, "is empty");
                continue;
            }
            Optional<PersonReferenceData.IdentifierType> type = referenceData.identifierType(identifier.type());
            if (type.isEmpty()) {
                errors.add(field + ".type", "'" + identifier.type() + "' is not a known identifier type; use one of "
                        + referenceData.identifierTypes().stream().map(PersonReferenceData.IdentifierType::code).toList());
            }
            if (!errors.requireText(field + ".value", identifier.value(), 64)) {
                continue;
            }
            String value = identifier.value().strip().toUpperCase(Locale.ROOT);
            if (type.isPresent() && !type.get().code().equals("SOURCE_SYSTEM_REFERENCE")) {
                value = value.replaceAll("\\s+", "");
            }
            if (type.isPresent() && !type.get().pattern().matcher(value).matches()) {
                errors.add(field + ".value", "'" + identifier.value() + "' is not in the form of a "
                        + type.get().title());
                continue;
            }
            identifiers.add(new Identifier(identifier.type(), type.map(t -> t.code().equals("SOURCE_SYSTEM_REFERENCE"))
                    .orElse(false) ? identifier.value().strip() : value));
        }
        return identifiers;
    }

    private List<Address> addresses(List<PersonDetails.AddressDetails> given, FieldErrors errors) {
        List<Address> addresses = new ArrayList<>();
        if (given == null) {
            return addresses;
        }
        if (given.size() > MAX_ADDRESSES) {
            errors.add("addresses", "holds " + given.size() + "; at most " + MAX_ADDRESSES + " are allowed");
            return addresses;
        }
        for (int i = 0; i < given.size(); i++) {
            String field = "addresses[" + i + "]";
            PersonDetails.AddressDetails address = given.get(i);
            if (address == null) {
                errors.add(field, "is empty");
                continue;
            }
            boolean hasPostcode = address.postcode() != null && !address.postcode().isBlank();
            if (hasPostcode) {
                errors.limitText(field + ".lines", address.lines(), 300);
            } else {
                errors.requireText(field + ".lines", address.lines(), 300);
            }
            errors.limitText(field + ".town", address.town(), 100);
            String postcode = errors.postcode(field + ".postcode", address.postcode());
            LocalDate from = errors.date(field + ".from", address.from(), false);
            LocalDate to = errors.date(field + ".to", address.to(), false);
            if (from != null && to != null && to.isBefore(from)) {
                errors.add(field + ".to", "is before the date they lived there from");
            }
            addresses.add(new Address(tidy(address.lines()), Text.tidy(address.town()), postcode, from, to));
        }
        return addresses;
    }

    private List<Marker> markers(String list, List<PersonDetails.MarkerDetails> given, MarkerCategory category,
                                 FieldErrors errors) {
        List<Marker> markers = new ArrayList<>();
        if (given == null) {
            return markers;
        }
        if (given.size() > MAX_MARKERS) {
            errors.add(list, "holds " + given.size() + "; at most " + MAX_MARKERS + " are allowed");
            return markers;
        }
        for (int i = 0; i < given.size(); i++) {
            String field = list + "[" + i + "]";
            PersonDetails.MarkerDetails marker = given.get(i);
            if (marker == null) {
                errors.add(field, "is empty");
                continue;
            }
            Optional<PersonReferenceData.MarkerType> type = referenceData.markerType(marker.type());
            if (type.isEmpty() || type.get().category() != category) {
                errors.add(field + ".type", "'" + marker.type() + "' is not a known "
                        + category.name().toLowerCase(Locale.ROOT) + " marker type; use one of "
                        + referenceData.markerTypes(category).stream().map(PersonReferenceData.MarkerType::code).toList());
            }
            LocalDate start = errors.date(field + ".startDate", marker.startDate(), true);
            LocalDate end = errors.date(field + ".endDate", marker.endDate(), false);
            if (start != null && end != null && end.isBefore(start)) {
                errors.add(field + ".endDate", "is before the start date");
            }
            errors.limitText(field + ".note", marker.note(), MAX_NOTE);
            if (type.isPresent() && start != null) {
                markers.add(new Marker(category, type.get().code(), type.get().title(), start, end,
                        Text.tidyLines(marker.note())));
            }
        }
        return markers;
    }

    private static boolean containsLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Names and address lines are never null: {@link Text#tidy}, with nothing written as empty. */
    private static String tidy(String text) {
        return Objects.requireNonNullElse(Text.tidy(text), "");
    }
}
