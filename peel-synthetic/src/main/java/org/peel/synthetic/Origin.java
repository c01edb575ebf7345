package org.peel.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The names of one origin, read from {@code origins/<name>.txt} (the format is described in origins/README.md).
 * An origin has one or more communities; a person takes all their names from one community, so that forenames
 * and surnames go together.
 */
final class Origin {

    /** A surname with its male and female forms, which differ in Polish, Lithuanian, Czech or Greek. */
    record Surname(String male, String female) {
        String forSex(boolean isFemale) {
            return isFemale ? female : male;
        }
    }

    /** The names of one community within an origin. */
    record Community(WeightedChoice<String> maleForenames, WeightedChoice<String> femaleForenames,
            WeightedChoice<Surname> menSurnames, WeightedChoice<Surname> womenSurnames) {

        WeightedChoice<String> forenames(boolean female) {
            return female ? femaleForenames : maleForenames;
        }
    }

    private final String name;
    private final int ukForenamePercent;
    private final int ukSurnamePercent;
    private final boolean patronymic;
    private final WeightedChoice<Community> communities;
    private final List<List<String>> spellingGroups;
    private final Set<String> ownForenames;
    private final Set<String> sharedForenames;

    private Origin(String name, int ukForenamePercent, int ukSurnamePercent, boolean patronymic,
            WeightedChoice<Community> communities, List<List<String>> spellingGroups, Set<String> ownForenames,
            Set<String> sharedForenames) {
        this.name = name;
        this.ukForenamePercent = ukForenamePercent;
        this.ukSurnamePercent = ukSurnamePercent;
        this.patronymic = patronymic;
        this.communities = communities;
        this.spellingGroups = spellingGroups;
        this.ownForenames = ownForenames;
        this.sharedForenames = sharedForenames;
    }

    static Origin read(String name) {
        int ukForenamePercent = 0;
        int ukSurnamePercent = 0;
        boolean patronymic = false;
        WeightedChoice.Builder<Community> communities = WeightedChoice.builder();
        CommunityBuilder community = null;
        double communityWeight = 1;
        List<List<String>> spellingGroups = new ArrayList<>();
        boolean ownForenames = false;
        Set<String> forenames = new HashSet<>();
        Set<String> sharedForenames = new HashSet<>();
        for (String line : ReferenceFile.lines("origins/" + name + ".txt")) {
            String[] fields = line.strip().split("\\s+");
            switch (fields[0]) {
                case "@uk-forenames" -> ukForenamePercent = Integer.parseInt(fields[1]);
                case "@uk-surnames" -> ukSurnamePercent = Integer.parseInt(fields[1]);
                case "@patronymic" -> patronymic = true;
                case "@own-forenames" -> ownForenames = true;
                case "@shared-forenames" -> sharedForenames.addAll(List.of(fields).subList(1, fields.length));
                case "@community" -> {
                    if (community != null) {
                        communities.add(community.build(), communityWeight);
                    }
                    community = new CommunityBuilder();
                    communityWeight = Double.parseDouble(fields[2]);
                }
                case "V" -> spellingGroups.add(List.of(fields).subList(1, fields.length));
                default -> {
                    if (community == null) {
                        community = new CommunityBuilder();
                    }
                    double weight = fields.length > 2 ? Double.parseDouble(fields[2]) : 1;
                    community.add(fields[0], fields[1], weight, name);
                    if (fields[0].equals("M") || fields[0].equals("F")) {
                        forenames.add(fields[1]);
                    }
                }
            }
        }
        if (community != null) {
            communities.add(community.build(), communityWeight);
        }
        return new Origin(name, ukForenamePercent, ukSurnamePercent, patronymic, communities.build(),
                List.copyOf(spellingGroups), ownForenames ? Set.copyOf(forenames) : Set.of(),
                Set.copyOf(sharedForenames));
    }

    String name() {
        return name;
    }

    /** Whether every person has their father's forename as a middle name. */
    boolean patronymic() {
        return patronymic;
    }

    /** Groups of spellings or transliterations of one name, from the {@code V} lines. */
    List<List<String>> spellingGroups() {
        return spellingGroups;
    }

    /**
     * The forenames the UK (ONS) pool should leave to this origin ({@code @own-forenames}); empty for most origins.
     */
    Set<String> ownForenames() {
        return ownForenames;
    }

    /** Forenames to keep in the UK pool although an origin claims them as its own ({@code @shared-forenames}). */
    Set<String> sharedForenames() {
        return sharedForenames;
    }

    Community community(SplittableRandom random) {
        return communities.isEmpty() ? null : communities.pick(random);
    }

    String forename(Community community, boolean female, int birthYear, UkNames uk, SplittableRandom random) {
        if (community == null || community.forenames(female).isEmpty() || random.nextInt(100) < ukForenamePercent) {
            return uk.forename(female, birthYear, random);
        }
        return community.forenames(female).pick(random);
    }

    String surname(Community community, boolean female, UkNames uk, SplittableRandom random) {
        WeightedChoice<Surname> surnames = community == null ? null
                : female ? community.womenSurnames() : community.menSurnames();
        if (surnames == null || surnames.isEmpty() || random.nextInt(100) < ukSurnamePercent) {
            return uk.surname(random);
        }
        return surnames.pick(random).forSex(female);
    }

    private static final class CommunityBuilder {
        private final WeightedChoice.Builder<String> male = WeightedChoice.builder();
        private final WeightedChoice.Builder<String> female = WeightedChoice.builder();
        private final WeightedChoice.Builder<Surname> men = WeightedChoice.builder();
        private final WeightedChoice.Builder<Surname> women = WeightedChoice.builder();

        void add(String kind, String text, double weight, String origin) {
            switch (kind) {
                case "M" -> male.add(text, weight);
                case "F" -> female.add(text, weight);
                case "S" -> {
                    String[] forms = text.split("/");
                    Surname surname = new Surname(forms[0], forms.length > 1 ? forms[1] : forms[0]);
                    men.add(surname, weight);
                    women.add(surname, weight);
                }
                case "SM" -> men.add(new Surname(text, text), weight);
                case "SF" -> women.add(new Surname(text, text), weight);
                default -> throw new IllegalStateException(
                        "origins/" + origin + ".txt: unknown line kind '" + kind + "' (see origins/README.md)");
            }
        }

        Community build() {
            return new Community(male.build(), female.build(), men.build(), women.build());
        }
    }
}
