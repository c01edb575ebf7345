package org.peel.server.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peel.match.PartialDate;
import org.peel.match.Sex;

/**
 * What a record becomes when an officer adds what they typed to it (from the duplicate check: "this is the person,
 * add what is new"): nothing on the record is changed or removed; names, dates of birth, identifiers, addresses and
 * markers it does not hold yet are added. A name typed as the main name becomes an alias: the record keeps its own
 * main name. A sex not known on the record is taken from what was typed.
 */
final class AddedDetails {

    private AddedDetails() {
    }

    static PersonContent onto(Person held, PersonContent typed, LocalDate today) {
        Sex sex = held.sex() == Sex.UNKNOWN ? typed.sex() : held.sex();
        List<PersonName> names = new ArrayList<>(held.names());
        for (PersonName name : typed.names()) {
            if (names.stream().noneMatch(kept -> same(kept.forenames(), name.forenames())
                    && same(kept.surname(), name.surname()))) {
                names.add(new PersonName(name.type() == NameType.PRIMARY ? NameType.ALIAS : name.type(),
                        name.forenames(), name.surname(), name.asWritten(), name.surnameNotKnown(),
                        name.forenamesNotKnown()));
            }
        }
        List<PartialDate> dates = new ArrayList<>(held.datesOfBirth());
        typed.datesOfBirth().stream().filter(date -> !dates.contains(date)).forEach(dates::add);
        List<Identifier> identifiers = new ArrayList<>(held.identifiers());
        typed.identifiers().stream().filter(identifier -> !identifiers.contains(identifier)).forEach(identifiers::add);
        List<Marker> warnings = withNew(held.warningMarkers(), typed.warningMarkers());
        List<Marker> vulnerabilities = withNew(held.vulnerabilityMarkers(), typed.vulnerabilityMarkers());
        return new PersonContent(sex, names, dates, identifiers,
                AddressHistory.added(held.addresses(), typed.addresses(), today), warnings, vulnerabilities);
    }

    /** Whether anything typed is not on the record yet. */
    static boolean addsAnything(Person held, PersonContent merged) {
        return merged.sex() != held.sex() || merged.names().size() != held.names().size()
                || merged.datesOfBirth().size() != held.datesOfBirth().size()
                || merged.identifiers().size() != held.identifiers().size()
                || merged.addresses().size() != held.addresses().size()
                || merged.warningMarkers().size() != held.warningMarkers().size()
                || merged.vulnerabilityMarkers().size() != held.vulnerabilityMarkers().size();
    }

    private static List<Marker> withNew(List<Marker> held, List<Marker> typed) {
        List<Marker> markers = new ArrayList<>(held);
        for (Marker marker : typed) {
            if (markers.stream().noneMatch(kept -> kept.type().equals(marker.type())
                    && kept.startDate().equals(marker.startDate()))) {
                markers.add(marker);
            }
        }
        return markers;
    }

    private static boolean same(String one, String other) {
        return normal(one).equals(normal(other));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
