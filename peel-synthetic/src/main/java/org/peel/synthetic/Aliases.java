package org.peel.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Other names a person is recorded under: a woman's maiden or previous surname, the familiar form of a forename
 * ("Bob" for Robert), another spelling or transliteration (Muhammad for Mohammed, Wojcik for Wójcik), or a
 * phonetic respelling of the surname.
 */
final class Aliases {

    private final ReferenceData data;

    Aliases(ReferenceData data) {
        this.data = data;
    }

    /** One alias, sometimes two, each different from the name and from each other. */
    List<SyntheticName> of(SyntheticName name, boolean female, int age, Origin origin, Origin.Community community,
            SplittableRandom random) {
        int wanted = random.nextInt(100) < 20 ? 2 : 1;
        List<SyntheticName> aliases = new ArrayList<>(wanted);
        for (int attempt = 0; attempt < 4 && aliases.size() < wanted; attempt++) {
            SyntheticName alias = one(name, female, age, origin, community, random);
            if (alias != null && !alias.equals(name) && !aliases.contains(alias)) {
                aliases.add(alias);
            }
        }
        return aliases;
    }

    private SyntheticName one(SyntheticName name, boolean female, int age, Origin origin,
            Origin.Community community, SplittableRandom random) {
        String forename = firstForename(name.forenames());
        List<String> nicknames = data.nicknames().otherForms(forename);
        List<String> forenameSpellings = data.spellings().alternatives(forename);
        List<String> surnameSpellings = data.spellings().alternatives(name.surname());
        boolean previousSurname = female && age >= 20;
        // Maiden names are the commonest alias of women, so they count twice.
        int choices = (previousSurname ? 2 : 0) + (nicknames.isEmpty() ? 0 : 1)
                + (forenameSpellings.isEmpty() ? 0 : 1) + (surnameSpellings.isEmpty() ? 0 : 1);
        if (choices == 0) {
            return data.spellings().respell(name.surname(), random)
                    .map(surname -> new SyntheticName(name.forenames(), surname))
                    .orElse(null);
        }
        int choice = random.nextInt(choices);
        if (previousSurname && choice < 2) {
            return new SyntheticName(name.forenames(), origin.surname(community, true, data.ukNames(), random));
        }
        choice -= previousSurname ? 2 : 0;
        if (!nicknames.isEmpty() && choice-- == 0) {
            return new SyntheticName(pickFrom(nicknames, random), name.surname());
        }
        if (!forenameSpellings.isEmpty() && choice-- == 0) {
            return new SyntheticName(
                    replaceFirstForename(name.forenames(), pickFrom(forenameSpellings, random)), name.surname());
        }
        return new SyntheticName(name.forenames(), pickFrom(surnameSpellings, random));
    }

    static String firstForename(String forenames) {
        int space = forenames.indexOf(' ');
        return space < 0 ? forenames : forenames.substring(0, space);
    }

    static String replaceFirstForename(String forenames, String replacement) {
        int space = forenames.indexOf(' ');
        return space < 0 ? replacement : replacement + forenames.substring(space);
    }

    private static String pickFrom(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }
}
