package org.peel.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.peel.match.PartialDate;

/**
 * A made-up population with the names of a large British city: about 70% English and British names at their ONS
 * frequencies, and the rest South Asian, Irish, Caribbean, Arabic, Polish, West African, Somali, Chinese, Eastern
 * European, Turkish and Greek names (the mix is in {@code origins.csv}).
 *
 * <p>Each person is computed from the seed and their number alone, so {@code person(n)} always gives the same
 * person for the same seed, costs a few microseconds, and a population of any size can be generated lazily and in
 * parallel without being stored:
 *
 * <pre>{@code
 * SyntheticPopulation population = SyntheticPopulation.withSeed(42);
 * SyntheticPerson someone = population.person(1_234_567);
 * population.people(10_000_000).parallel().forEach(index::add);
 * }</pre>
 *
 * <p>About 40% of people have middle names, 2% double-barrelled surnames, 15% aliases and 3% a second recorded
 * date of birth. Ages run from 10 to 90 on 1 January 2025, the fixed day the population is drawn for.
 * Instances are immutable and safe to share between threads.
 */
public final class SyntheticPopulation {

    private final long seed;
    private final ReferenceData data;
    private final Aliases aliases;

    private SyntheticPopulation(long seed) {
        this.seed = seed;
        this.data = ReferenceData.get();
        this.aliases = new Aliases(data);
    }

    /** The population for this seed; the same seed always gives the same people. */
    public static SyntheticPopulation withSeed(long seed) {
        return new SyntheticPopulation(seed);
    }

    /** The person with this number (0 or more). */
    public SyntheticPerson person(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("person number must be 0 or more, got " + number);
        }
        SplittableRandom random = new SplittableRandom(mix(seed, number));
        Origin origin = data.origin(random);
        Origin.Community community = origin.community(random);
        boolean female = random.nextBoolean();
        LocalDate born = BirthDates.birthDate(random);
        SyntheticName name = new SyntheticName(
                forenames(origin, community, female, born.getYear(), random),
                surname(origin, community, female, random));
        List<SyntheticName> otherNames = random.nextInt(100) < 15
                ? aliases.of(name, female, BirthDates.ageOn(born, BirthDates.AS_OF), origin, community, random)
                : List.of();
        List<PartialDate> datesOfBirth = BirthDates.recorded(born, random);
        SyntheticAddress address = data.addresses().address(random);
        return new SyntheticPerson(number, female ? "F" : "M", name, otherNames, datesOfBirth, address,
                origin.name());
    }

    /** People 0 to count - 1, in order; the stream may be made parallel. */
    public Stream<SyntheticPerson> people(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
        return LongStream.range(0, count).mapToObj(this::person);
    }

    private String forenames(Origin origin, Origin.Community community, boolean female, int birthYear,
            SplittableRandom random) {
        UkNames uk = data.ukNames();
        String first = origin.forename(community, female, birthYear, uk, random);
        if (origin.patronymic()) {
            return first + " " + origin.forename(community, false, birthYear - 30, uk, random);
        }
        if (random.nextInt(100) >= 40) {
            return first;
        }
        String middle = differentForename(first, origin, community, female, birthYear, random);
        if (random.nextInt(100) < 8) {
            return first + " " + middle + " " + differentForename(middle, origin, community, female, birthYear,
                    random);
        }
        return first + " " + middle;
    }

    private String differentForename(String other, Origin origin, Origin.Community community, boolean female,
            int birthYear, SplittableRandom random) {
        String forename = origin.forename(community, female, birthYear, data.ukNames(), random);
        return forename.equals(other)
                ? origin.forename(community, female, birthYear, data.ukNames(), random)
                : forename;
    }

    private String surname(Origin origin, Origin.Community community, boolean female, SplittableRandom random) {
        String surname = origin.surname(community, female, data.ukNames(), random);
        if (random.nextInt(100) >= 2) {
            return surname;
        }
        String second = origin.surname(community, female, data.ukNames(), random);
        boolean plainParts = surname.indexOf('-') < 0 && second.indexOf('-') < 0 && second.indexOf(' ') < 0;
        return plainParts && !second.equals(surname) ? surname + "-" + second : surname;
    }

    /** SplitMix64's finaliser over the seed and number, so neighbouring numbers get unrelated random streams. */
    static long mix(long seed, long number) {
        return mix64(seed ^ mix64(number + 0x9E3779B97F4A7C15L));
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
