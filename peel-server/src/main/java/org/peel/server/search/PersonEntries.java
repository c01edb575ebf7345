package org.peel.server.search;

import org.peel.match.CandidateName;
import org.peel.match.PersonEntry;
import org.peel.server.people.NameType;
import org.peel.server.people.Person;
import org.peel.server.people.Restriction;

import java.util.Set;

/**
 * What the index keeps of a person: every name and alias, every date of birth, sex, and, for a restricted person, the
 * keys that open them ({@link Restriction#readerKeys()}), by which searches are filtered before scoring.
 */
final class PersonEntries {

    private PersonEntries() {
    }

    static PersonEntry of(Person person, Restriction restriction) {
        return new PersonEntry(Long.toString(person.id()),
                person.names().stream()
                        .map(name -> new CandidateName(name.forenames(), name.surname(), name.type() == NameType.PRIMARY))
                        .toList(),
                person.datesOfBirth(), person.sex(), restriction == null ? Set.of() : restriction.readerKeys());
    }
}
