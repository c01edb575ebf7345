package org.peel.server.search;

import org.peel.match.CandidateName;
import org.peel.match.PersonEntry;
import org.peel.server.people.NameType;
import org.peel.server.people.Person;

/** What the index keeps of a person: every name and alias, every date of birth, and sex. */
final class PersonEntries {

    private PersonEntries() {
    }

    static PersonEntry of(Person person) {
        return new PersonEntry(Long.toString(person.id()),
                person.names().stream()
                        .map(name -> new CandidateName(name.forenames(), name.surname(), name.type() == NameType.PRIMARY))
                        .toList(),
                person.datesOfBirth(), person.sex());
    }
}
