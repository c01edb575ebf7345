package org.peel.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Other ways of writing a name: known spellings and transliterations (Mohammed, Muhammad, Mohamed), the name without
 * its accents (Wójcik, Wojcik), and phonetic respellings made by the rules of {@code respellings.csv}
 * (Philip to Filip, Clarke to Clark).
 */
final class Spellings {

    private enum Where { ANY, START, INNER }

    private record Respelling(String from, String to, Where where) {
        boolean appliesAt(int position) {
            return switch (where) {
                case ANY -> true;
                case START -> position == 0;
                case INNER -> position > 0;
            };
        }
    }

    private final Map<String, List<String>> knownSpellings;
    private final List<Respelling> respellings;

    private Spellings(Map<String, List<String>> knownSpellings, List<Respelling> respellings) {
        this.knownSpellings = knownSpellings;
        this.respellings = respellings;
    }

    static Spellings read(List<Origin> origins) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (Origin origin : origins) {
            for (List<String> group : origin.spellingGroups()) {
                for (String name : group) {
                    groups.computeIfAbsent(key(name), k -> new LinkedHashSet<>()).addAll(group);
                }
            }
        }
        Map<String, List<String>> knownSpellings = new HashMap<>();
        groups.forEach((key, group) -> knownSpellings.put(key,
                group.stream().filter(name -> !key(name).equals(key)).toList()));
        List<Respelling> respellings = new ArrayList<>();
        for (String[] fields : ReferenceFile.rows("respellings.csv", 3)) {
            respellings.add(new Respelling(fields[0], fields[1], Where.valueOf(fields[2].toUpperCase(Locale.ROOT))));
        }
        return new Spellings(Map.copyOf(knownSpellings), List.copyOf(respellings));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Known other spellings and transliterations of one name part, and its form without accents. */
    List<String> alternatives(String name) {
        List<String> known = knownSpellings.getOrDefault(key(name), List.of());
        if (!NameCase.hasDiacritics(name)) {
            return known;
        }
        List<String> withPlain = new ArrayList<>(known);
        String plain = NameCase.withoutDiacritics(name);
        if (!withPlain.contains(plain)) {
            withPlain.add(plain);
        }
        return withPlain;
    }

    /** A phonetic respelling of one name part, differing from it in one place; empty when no rule applies. */
    Optional<String> respell(String name, SplittableRandom random) {
        String lower = key(name);
        Respelling chosen = null;
        int chosenAt = -1;
        int seen = 0;
        for (Respelling rule : respellings) {
            for (int at = lower.indexOf(rule.from()); at >= 0; at = lower.indexOf(rule.from(), at + 1)) {
                if (rule.appliesAt(at) && random.nextInt(++seen) == 0) {
                    chosen = rule;
                    chosenAt = at;
                }
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        String respelt = name.substring(0, chosenAt) + chosen.to() + name.substring(chosenAt + chosen.from().length());
        return Optional.of(chosenAt == 0 ? NameCase.capitaliseFirst(respelt) : respelt);
    }
}
