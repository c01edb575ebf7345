package org.peel.bench.accuracy;

import java.util.List;
import org.peel.match.CandidateName;
import org.peel.match.NameQuery;
import org.peel.match.PartialDate;
import org.peel.match.PersonEntry;
import org.peel.match.Sex;

/**
 * One record of a benchmark data set.
 *
 * @param id        the record's own id
 * @param personKey records with the same key are the same person (the ground truth)
 */
record PersonRecord(String id, String personKey, String forenames, String surname, PartialDate dateOfBirth, Sex sex) {

    boolean hasName() {
        return !(blank(forenames) && blank(surname));
    }

    PersonEntry toEntry() {
        return new PersonEntry(id, List.of(new CandidateName(forenames, surname, true)),
                dateOfBirth == null ? List.of() : List.of(dateOfBirth), sex);
    }

    NameQuery toQuery(boolean withDateOfBirth) {
        return new NameQuery(forenames, surname, withDateOfBirth ? dateOfBirth : null, null, null, null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
