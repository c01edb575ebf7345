package org.peel.synthetic;

import java.util.List;
import java.util.Objects;
import org.peel.match.PartialDate;

/**
 * One member of a {@link SyntheticPopulation}. None is a real person.
 *
 * @param number       the person's number in the population, from 0
 * @param sex          "M" or "F"
 * @param name         the name the person is recorded under
 * @param aliases      other names the person is known by (maiden name, nickname, another spelling); often empty
 * @param datesOfBirth the recorded date of birth, sometimes only a year and month or a year, then rarely a second,
 *                     slightly different one
 * @param address      the person's address
 * @param origin       where the person's names come from, e.g. "english", "south-asian", "polish"
 *                     (the names of {@code origins.csv})
 */
public record SyntheticPerson(
        long number,
        String sex,
        SyntheticName name,
        List<SyntheticName> aliases,
        List<PartialDate> datesOfBirth,
        SyntheticAddress address,
        String origin) {

    public SyntheticPerson {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        datesOfBirth = List.copyOf(datesOfBirth);
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(origin, "origin");
    }
}
