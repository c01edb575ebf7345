package org.peel.synthetic;

import java.util.Set;
import java.util.SplittableRandom;

/**
 * British forenames and surnames at their real frequencies: the ONS lists (births 1996-2018 and UK surnames),
 * and for people born before 1996 also the common forenames of their generation.
 */
final class UkNames {

    private final WeightedChoice<String> recentMale;
    private final WeightedChoice<String> recentFemale;
    private final WeightedChoice<String> olderMale;
    private final WeightedChoice<String> olderFemale;
    private final WeightedChoice<String> surnames;

    private UkNames(WeightedChoice<String> recentMale, WeightedChoice<String> recentFemale,
            WeightedChoice<String> olderMale, WeightedChoice<String> olderFemale, WeightedChoice<String> surnames) {
        this.recentMale = recentMale;
        this.recentFemale = recentFemale;
        this.olderMale = olderMale;
        this.olderFemale = olderFemale;
        this.surnames = surnames;
    }

    /**
     * Reads the lists, leaving out the given forenames (in lower case): those of origins that have their own
     * forename lists, which the ONS counts among all births.
     */
    static UkNames read(Set<String> leftOut) {
        WeightedChoice.Builder<String> recentMale = WeightedChoice.builder();
        WeightedChoice.Builder<String> recentFemale = WeightedChoice.builder();
        for (String[] fields : ReferenceFile.rows("uk-forenames.csv", 3)) {
            if (leftOut.contains(fields[0])) {
                continue;
            }
            String name = NameCase.capitalise(fields[0]);
            ("F".equals(fields[1]) ? recentFemale : recentMale).add(name, Double.parseDouble(fields[2]));
        }
        WeightedChoice.Builder<String> olderMale = WeightedChoice.builder();
        WeightedChoice.Builder<String> olderFemale = WeightedChoice.builder();
        for (String line : ReferenceFile.lines("uk-forenames-older.txt")) {
            String[] fields = line.split(" ");
            ("F".equals(fields[0]) ? olderFemale : olderMale).add(fields[1], Double.parseDouble(fields[2]));
        }
        WeightedChoice.Builder<String> surnames = WeightedChoice.builder();
        for (String[] fields : ReferenceFile.rows("uk-surnames.csv", 2)) {
            surnames.add(NameCase.capitalise(fields[0]), Double.parseDouble(fields[1]));
        }
        return new UkNames(recentMale.build(), recentFemale.build(), olderMale.build(), olderFemale.build(),
                surnames.build());
    }

    /**
     * A forename for a person born in the given year: the ONS list for those born from 1996, and a growing share
     * of their own generation's names for those born earlier.
     */
    String forename(boolean female, int birthYear, SplittableRandom random) {
        int olderPercent = birthYear >= 1996 ? 0 : birthYear >= 1980 ? 50 : 80;
        boolean older = random.nextInt(100) < olderPercent;
        if (female) {
            return (older ? olderFemale : recentFemale).pick(random);
        }
        return (older ? olderMale : recentMale).pick(random);
    }

    String surname(SplittableRandom random) {
        return surnames.pick(random);
    }
}
