package org.peel.match;

import java.util.ArrayList;
import java.util.List;

/** Builds person entries for tests: {@code People.person("p1").named("John", "Smith").born(1985, 3, 12).build()}. */
final class People {

    private final String id;
    private final List<CandidateName> names = new ArrayList<>();
    private final List<PartialDate> dates = new ArrayList<>();
    private Sex sex;
    private java.util.Set<String> readers = java.util.Set.of();

    private People(String id) {
        this.id = id;
    }

    static People person(String id) {
        return new People(id);
    }

    People named(String forenames, String surname) {
        names.add(new CandidateName(forenames, surname, names.isEmpty()));
        return this;
    }

    People alias(String forenames, String surname) {
        names.add(new CandidateName(forenames, surname, false));
        return this;
    }

    People born(int year, int month, int day) {
        dates.add(PartialDate.of(year, month, day));
        return this;
    }

    People born(PartialDate date) {
        dates.add(date);
        return this;
    }

    People sex(Sex sex) {
        this.sex = sex;
        return this;
    }

    People readableBy(String... keys) {
        readers = java.util.Set.of(keys);
        return this;
    }

    PersonEntry build() {
        return new PersonEntry(id, names, dates, sex, readers);
    }
}
