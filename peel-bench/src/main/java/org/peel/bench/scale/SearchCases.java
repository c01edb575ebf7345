package org.peel.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.peel.match.NameQuery;
import org.peel.match.PartialDate;
import org.peel.synthetic.NameVariation;
import org.peel.synthetic.SyntheticName;
import org.peel.synthetic.SyntheticPerson;
import org.peel.synthetic.SyntheticPopulation;

/**
 * Searches made by varying real members of the indexed population, as an officer would key a name differently from
 * the record: {@link NameVariation} changes the member's main name; searches with a date of birth use the member's
 * recorded one, a quarter of the time altered the way dates are mis-keyed (day and month swapped, year one out).
 *
 * <p>Not thread-safe (it holds one {@link NameVariation}); the searches it returns are plain values.
 */
final class SearchCases {

    private final SyntheticPopulation population;
    private final long populationSize;
    private final SplittableRandom random;
    private final NameVariation variation;

    SearchCases(SyntheticPopulation population, long populationSize, long seed) {
        this.population = population;
        this.populationSize = populationSize;
        this.random = new SplittableRandom(seed);
        this.variation = NameVariation.withSeed(seed);
    }

    /** {@code count} searches by a varied name and the member's (sometimes altered) date of birth. */
    List<SearchCase> withDateOfBirth(int count) {
        List<SearchCase> cases = new ArrayList<>(count);
        while (cases.size() < count) {
            SyntheticPerson member = randomMember();
            if (member.datesOfBirth().isEmpty()) {
                continue;
            }
            SyntheticName varied = variation.vary(member.name());
            PartialDate recorded = member.datesOfBirth().get(0);
            DateChange change = random.nextInt(4) == 0 ? DateChange.pick(recorded, random) : DateChange.NONE;
            cases.add(new SearchCase(NameQuery.of(varied.forenames(), varied.surname(), change.apply(recorded)),
                    PopulationEntries.id(member.number()), "name varied, DOB " + change.description));
        }
        return cases;
    }

    /** {@code count} searches by a varied name alone. */
    List<SearchCase> nameOnly(int count) {
        List<SearchCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SyntheticPerson member = randomMember();
            SyntheticName varied = variation.vary(member.name());
            cases.add(new SearchCase(NameQuery.of(varied.forenames(), varied.surname()),
                    PopulationEntries.id(member.number()), "name varied, no DOB"));
        }
        return cases;
    }

    /** Name-only and name-and-DOB searches, alternating; used to warm up. */
    List<SearchCase> mixed(int count) {
        List<SearchCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.addAll(i % 2 == 0 ? withDateOfBirth(1) : nameOnly(1));
        }
        return cases;
    }

    private SyntheticPerson randomMember() {
        return population.person(random.nextLong(populationSize));
    }

    /** How a recorded date of birth is mis-keyed in a search. */
    private enum DateChange {
        NONE("as recorded"),
        DAY_AND_MONTH_SWAPPED("day/month swapped"),
        YEAR_ONE_EARLIER("year -1"),
        YEAR_ONE_LATER("year +1");

        private final String description;

        DateChange(String description) {
            this.description = description;
        }

        /** A swap when the date allows one (a full date with a day of 12 or less, not equal to the month), else a year. */
        static DateChange pick(PartialDate date, SplittableRandom random) {
            boolean swappable = date.isComplete() && date.day() <= 12 && !date.day().equals(date.month());
            if (swappable && random.nextBoolean()) {
                return DAY_AND_MONTH_SWAPPED;
            }
            return random.nextBoolean() ? YEAR_ONE_EARLIER : YEAR_ONE_LATER;
        }

        PartialDate apply(PartialDate date) {
            return switch (this) {
                case NONE -> date;
                case DAY_AND_MONTH_SWAPPED -> new PartialDate(date.year(), date.day(), date.month());
                case YEAR_ONE_EARLIER -> inYear(date, date.year() - 1);
                case YEAR_ONE_LATER -> inYear(date, date.year() + 1);
            };
        }

        /** The same day in another year; 29 February becomes the 28th when that year has none. */
        private static PartialDate inYear(PartialDate date, int year) {
            if (!date.isComplete()) {
                return new PartialDate(year, date.month(), date.day());
            }
            return PartialDate.of(date.toLocalDate().orElseThrow().withYear(year));
        }
    }
}
