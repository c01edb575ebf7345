package org.peel.bench.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.peel.match.CandidateName;
import org.peel.match.NameIndex;
import org.peel.match.NameQuery;
import org.peel.match.PartialDate;
import org.peel.match.PersonEntry;
import org.peel.match.PersonMatch;

/**
 * Peel's own test set: a synthetic population (UK name frequencies, with transliterated Arabic names,
 * double-barrelled surnames and Mc/Mac/O' surnames mixed in), and for each {@link Variation} a few hundred searches
 * for a chosen person, written with that variation. Deterministic for a given seed.
 */
final class VariationSet {

    static final int POPULATION = 20_000;
    static final int CASES_PER_VARIATION = 300;
    /**
     * Most people that may fit a name-only search as well as the person searched for: beyond ten, which of them
     * come first is a coin toss however good the search, and the case says nothing about it.
     */
    static final int FINDABLE = 10;

    private static final String[] MAC_O_SURNAMES = {"McDonald", "MacDonald", "McLeod", "MacKenzie", "McCarthy",
        "McGregor", "MacLean", "McKay", "O'Brien", "O'Connor", "O'Neill", "O'Sullivan", "O'Reilly", "O'Donnell"};
    private static final Set<String> PARTICLES = Set.of("ibn", "bin", "ben", "abu", "abou", "abo", "abd", "al", "el");
    /** Respellings that keep the sound, tried in turn until one changes the surname. */
    private static final String[][] SOUND_ALIKE = {{"ph", "f"}, {"son", "sen"}, {"sen", "son"}, {"ck", "k"},
        {"th", "t"}, {"ee", "ea"}, {"ea", "ee"}, {"ey", "y"}, {"y", "ie"}, {"ie", "y"}, {"c", "k"}, {"ll", "l"},
        {"tt", "t"}, {"nn", "n"}, {"ss", "s"}, {"z", "s"}, {"ou", "ow"}, {"ai", "ay"}, {"er", "ar"}, {"mm", "m"},
        {"rr", "r"}, {"ff", "f"}, {"w", "wh"}, {"i", "y"}, {"s", "z"}, {"t", "tt"}, {"l", "ll"}};

    private final long seed;
    private final List<String> forenames = new ArrayList<>();
    private final List<Double> forenameWeights = new ArrayList<>();
    private final List<String> surnames = new ArrayList<>();
    private final List<Double> surnameWeights = new ArrayList<>();
    private final Map<String, List<String>> nicknames = new HashMap<>();
    private final List<List<String>> spellings = new ArrayList<>();
    /** Every forename and nickname on the lists: a short form on a list is a nickname case, not a short-form one. */
    private final Set<String> listedForenames = new java.util.HashSet<>();
    /** Lower-case forenames of the population by each lower-case surname and surname part, set by {@link #cases}. */
    private Map<String, List<String>> forenamesBySurname = Map.of();

    private VariationSet(long seed) {
        this.seed = seed;
        for (Map<String, String> row : Csv.readResource("population-forenames.csv")) {
            forenames.add(row.get("name"));
            forenameWeights.add(Double.parseDouble(row.get("weight")));
        }
        for (Map<String, String> row : Csv.readResource("population-surnames.csv")) {
            surnames.add(row.get("name"));
            surnameWeights.add(Double.parseDouble(row.get("weight")));
        }
        for (Map<String, String> row : Csv.readResource("nickname-pairs.csv")) {
            nicknames.computeIfAbsent(row.get("name"), n -> new ArrayList<>()).add(row.get("nickname"));
            listedForenames.add(row.get("name"));
            listedForenames.add(row.get("nickname"));
        }
        for (Map<String, String> row : Csv.readResource("spelling-groups.csv")) {
            List<String> group = List.of(row.get("spellings").split(" "));
            if (group.stream().noneMatch(PARTICLES::contains)) {
                spellings.add(group);
            }
        }
    }

    static VariationSet standard() {
        return new VariationSet(20_251_127L);
    }

    /** One generated case: the person to find and the search an officer might type. */
    record Case(Variation variation, String targetId, NameQuery query) {
    }

    List<PersonEntry> population() {
        Random random = new Random(seed);
        List<PersonEntry> people = new ArrayList<>(POPULATION);
        for (int i = 0; i < POPULATION; i++) {
            String forename = capitalise(pick(random, forenames, forenameWeights));
            String surname = capitalise(pick(random, surnames, surnameWeights));
            double kind = random.nextDouble();
            if (kind < 0.10) { // a transliterated name
                List<String> group = spellings.get(random.nextInt(spellings.size()));
                String spelling = capitalise(group.get(random.nextInt(group.size())));
                if (random.nextBoolean()) {
                    forename = spelling;
                } else {
                    surname = spelling;
                }
            } else if (kind < 0.15) {
                surname = surname + "-" + capitalise(pick(random, surnames, surnameWeights));
            } else if (kind < 0.20) {
                surname = MAC_O_SURNAMES[random.nextInt(MAC_O_SURNAMES.length)];
            }
            LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(68 * 365));
            people.add(new PersonEntry("p" + i, List.of(new CandidateName(forename, surname, true)),
                    List.of(PartialDate.of(born)), null));
        }
        return people;
    }

    List<Case> cases(List<PersonEntry> people) {
        forenamesBySurname = new HashMap<>();
        for (PersonEntry person : people) {
            CandidateName name = person.names().get(0);
            String surname = name.surname().toLowerCase(Locale.ROOT);
            String forename = name.forenames().toLowerCase(Locale.ROOT);
            forenamesBySurname.computeIfAbsent(surname, s -> new ArrayList<>()).add(forename);
            if (surname.contains("-")) {
                for (String part : surname.split("-")) {
                    forenamesBySurname.computeIfAbsent(part, s -> new ArrayList<>()).add(forename);
                }
            }
        }
        Random random = new Random(seed + 1);
        List<Case> cases = new ArrayList<>();
        for (Variation variation : Variation.values()) {
            int made = 0;
            for (int attempt = 0; attempt < 200 * CASES_PER_VARIATION && made < CASES_PER_VARIATION; attempt++) {
                PersonEntry person = people.get(random.nextInt(people.size()));
                NameQuery query = vary(variation, person, random);
                if (query != null) {
                    cases.add(new Case(variation, person.id(), query));
                    made++;
                }
            }
        }
        return cases;
    }

    /** The search for this person with the variation applied, or null when it does not apply to the person. */
    NameQuery vary(Variation variation, PersonEntry person, Random random) {
        CandidateName name = person.names().get(0);
        String forename = name.forenames();
        String surname = name.surname();
        PartialDate dob = person.datesOfBirth().get(0);
        String lowerFore = forename.toLowerCase(Locale.ROOT);
        String lowerSur = surname.toLowerCase(Locale.ROOT);
        switch (variation) {
            case NICKNAME -> {
                List<String> options = nicknames.get(lowerFore);
                if (options == null) {
                    return null;
                }
                forename = capitalise(options.get(random.nextInt(options.size())));
            }
            case TRANSLITERATION -> {
                boolean onForename = random.nextBoolean();
                String word = onForename ? lowerFore : lowerSur;
                List<String> group = spellings.stream().filter(g -> g.contains(word)).findFirst().orElse(null);
                if (group == null) {
                    return null;
                }
                List<String> others = group.stream().filter(g -> !g.equals(word)).toList();
                String other = capitalise(others.get(random.nextInt(others.size())));
                if (onForename) {
                    forename = other;
                } else {
                    surname = other;
                }
            }
            case PHONETIC_RESPELLING -> {
                String respelt = null;
                int start = random.nextInt(SOUND_ALIKE.length);
                for (int i = 0; i < SOUND_ALIKE.length && respelt == null; i++) {
                    String[] rule = SOUND_ALIKE[(start + i) % SOUND_ALIKE.length];
                    int at = lowerSur.indexOf(rule[0], 1);
                    if (at > 0 && !lowerSur.contains("-") && !lowerSur.contains("'")) {
                        respelt = lowerSur.substring(0, at) + rule[1] + lowerSur.substring(at + rule[0].length());
                    }
                }
                if (respelt == null || respelt.equals(lowerSur)) {
                    return null;
                }
                surname = capitalise(respelt);
            }
            case TYPO -> {
                if (lowerSur.length() < 5 || !lowerSur.chars().allMatch(Character::isLetter)) {
                    return null;
                }
                surname = capitalise(typo(lowerSur, random));
            }
            case SWAPPED_NAMES -> {
                String swap = forename;
                forename = surname;
                surname = swap;
            }
            case INITIAL_ONLY, INITIAL_ONLY_NAME_ONLY -> forename = forename.substring(0, 1);
            case DOUBLE_BARRELLED_PART, DOUBLE_BARRELLED_PART_NAME_ONLY -> {
                if (!surname.contains("-")) {
                    return null;
                }
                String[] parts = surname.split("-");
                surname = parts[random.nextInt(parts.length)];
            }
            case FORENAME_SHORT_FORM, FORENAME_SHORT_FORM_NAME_ONLY -> {
                int length = 3 + random.nextInt(2);
                if (forename.length() < length + 2 || forename.contains(" ") || forename.contains("-")) {
                    return null;
                }
                String start = lowerFore.substring(0, length);
                if (listedForenames.contains(start)) {
                    return null;
                }
                forename = forename.substring(0, length);
            }
            case MC_MAC_O_FORMS -> {
                if (lowerSur.startsWith("mc")) {
                    surname = random.nextBoolean() ? "Mac" + surname.substring(2) : "Mc " + surname.substring(2);
                } else if (lowerSur.startsWith("mac")) {
                    surname = random.nextBoolean() ? "Mc" + surname.substring(3) : "Mac " + surname.substring(3);
                } else if (lowerSur.startsWith("o'")) {
                    surname = random.nextBoolean() ? "O" + surname.substring(2) : "O " + surname.substring(2);
                } else {
                    return null;
                }
            }
            case DAY_MONTH_SWAPPED -> {
                if (dob.day() > 12 || dob.day().equals(dob.month())) {
                    return null;
                }
                dob = PartialDate.of(dob.year(), dob.day(), dob.month());
            }
            case YEAR_OFF_BY_ONE -> {
                LocalDate day = dob.toLocalDate().orElseThrow();
                LocalDate moved = day.plusYears(random.nextBoolean() ? 1 : -1);
                if (moved.getDayOfMonth() != day.getDayOfMonth()) {
                    return null;
                }
                dob = PartialDate.of(moved);
            }
            case MISSING_DATE_OF_BIRTH -> dob = null;
            default -> throw new IllegalStateException("unknown variation " + variation);
        }
        if (variation.nameOnly()) {
            dob = null;
            String searchedForename = forename.toLowerCase(Locale.ROOT);
            long fitting = forenamesBySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of()).stream()
                    .filter(recorded -> recorded.startsWith(searchedForename)).count();
            if (fitting > FINDABLE) {
                return null;
            }
        }
        return new NameQuery(forename, surname, dob, null, null, null);
    }

    private static String typo(String word, Random random) {
        int at = 1 + random.nextInt(word.length() - 1);
        char letter = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at + 1); // substitution
            case 1 -> word.substring(0, at) + word.substring(at + 1); // deletion
            case 2 -> word.substring(0, at) + letter + word.substring(at); // insertion
            default -> at < word.length() - 1 // transposition
                    ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
                    : word.substring(0, at - 1) + word.charAt(at) + word.charAt(at - 1);
        };
    }

    List<VariationResult> measure() {
        List<PersonEntry> people = population();
        try (NameIndex index = NameIndex.inMemory()) {
            index.putAll(people);
            index.refresh();
            Map<Variation, int[]> counts = new EnumMap<>(Variation.class);
            for (Case c : cases(people)) {
                List<PersonMatch> found = index.search(c.query(), RecallMeasure.LIMIT);
                int rank = 0;
                for (int i = 0; i < found.size(); i++) {
                    if (found.get(i).id().equals(c.targetId())) {
                        rank = i + 1;
                        break;
                    }
                }
                int[] count = counts.computeIfAbsent(c.variation(), v -> new int[3]);
                count[0]++;
                count[1] += rank == 1 ? 1 : 0;
                count[2] += rank >= 1 ? 1 : 0;
                if (rank != 1 && Boolean.getBoolean("peel.misses")) {
                    System.err.println("MISS " + c.variation() + " rank " + rank + " " + c.query() + " wanted "
                            + people.get(Integer.parseInt(c.targetId().substring(1))) + " got "
                            + (found.isEmpty() ? "-" : found.get(0).matchedName().display() + " " + found.get(0).reasons()));
                }
            }
            List<VariationResult> results = new ArrayList<>();
            counts.forEach((variation, count) -> results.add(
                    new VariationResult(variation, count[0], count[1] / (double) count[0], count[2] / (double) count[0])));
            return results;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String pick(Random random, List<String> names, List<Double> weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < names.size(); i++) {
            r -= weights.get(i);
            if (r <= 0) {
                return names.get(i);
            }
        }
        return names.get(names.size() - 1);
    }

    private static String capitalise(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
