package org.peel.match;

import java.util.List;
import java.util.Objects;

/**
 * What the name index holds for one person: every name and alias, every recorded date of birth, and sex.
 *
 * @param id            the person's identifier in the records system; putting an entry with the same id replaces it
 * @param names         main name and aliases, at least one
 * @param datesOfBirth  recorded dates of birth, possibly partial, possibly none
 * @param sex           recorded sex, or null when not recorded
 */
public record PersonEntry(String id, List<CandidateName> names, List<PartialDate> datesOfBirth, Sex sex) {

    public PersonEntry {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a person entry needs an id");
        }
        names = names == null ? List.of() : List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("person " + id + " needs at least one name");
        }
        datesOfBirth = datesOfBirth == null ? List.of() : List.copyOf(datesOfBirth);
    }
}
