package org.peel.bench.scale;

import java.util.ArrayList;
import java.util.List;
import org.peel.match.CandidateName;
import org.peel.match.PersonEntry;
import org.peel.match.Sex;
import org.peel.synthetic.SyntheticName;
import org.peel.synthetic.SyntheticPerson;

/** How a synthetic population member becomes an entry of the name index: main name, aliases, dates of birth, sex. */
final class PopulationEntries {

    private PopulationEntries() {
    }

    /** The index id of population member {@code number}, so a search result can be traced back to the member. */
    static String id(long number) {
        return "P" + number;
    }

    static PersonEntry entry(SyntheticPerson person) {
        List<CandidateName> names = new ArrayList<>(1 + person.aliases().size());
        names.add(candidate(person.name(), true));
        for (SyntheticName alias : person.aliases()) {
            names.add(candidate(alias, false));
        }
        return new PersonEntry(id(person.number()), names, person.datesOfBirth(), Sex.fromCode(person.sex()));
    }

    private static CandidateName candidate(SyntheticName name, boolean primary) {
        return new CandidateName(name.forenames(), name.surname(), primary);
    }
}
