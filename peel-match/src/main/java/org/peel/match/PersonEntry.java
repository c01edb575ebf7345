package org.peel.match;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the name index holds for one person: every name and alias, every recorded date of birth, and sex.
 *
 * @param id            the person's identifier in the records system; putting an entry with the same id replaces it
 * @param names         main name and aliases, at least one
 * @param datesOfBirth  recorded dates of birth, possibly partial, possibly none
 * @param sex           recorded sex, or null when not recorded
 * @param readers       empty when anyone may find the person; otherwise the person is restricted (need-to-know) and
 *                      only a search whose {@link Visibility} holds one of these keys finds them (for example
 *                      {@code user:j.smith}, {@code team:Op Kestrel})
 */
public record PersonEntry(String id, List<CandidateName> names, List<PartialDate> datesOfBirth, Sex sex,
                          Set<String> readers) {

    /** A person anyone may find. */
    public PersonEntry(String id, List<CandidateName> names, List<PartialDate> datesOfBirth, Sex sex) {
        this(id, names, datesOfBirth, sex, Set.of());
    }

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
        readers = readers == null ? Set.of() : Set.copyOf(readers);
    }

    /** Whether only named readers may find this person. */
    public boolean restricted() {
        return !readers.isEmpty();
    }
}
