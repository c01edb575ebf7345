package org.peel.server.places;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of an address as searches compare them: lower case, punctuation dropped, one space between words.
 * The search text of a stored address also carries the usual short form of each street word ("avenue" adds "ave"
 * and "av", "road" adds "rd"), so that each word an officer types can be matched against the start of a word:
 * "14 acacia av" finds "14 Acacia Avenue, M14 5XX", and so does "14 acacia ave".
 */
final class AddressText {

    private static final Map<String, List<String>> SHORT_FORMS = Map.ofEntries(
            Map.entry("avenue", List.of("ave", "av")), Map.entry("road", List.of("rd")),
            Map.entry("street", List.of("st")), Map.entry("lane", List.of("ln")), Map.entry("close", List.of("cl")),
            Map.entry("drive", List.of("dr")), Map.entry("crescent", List.of("cres", "cr")),
            Map.entry("court", List.of("ct")), Map.entry("place", List.of("pl")), Map.entry("terrace", List.of("terr")),
            Map.entry("gardens", List.of("gdns")), Map.entry("grove", List.of("gr")),
            Map.entry("square", List.of("sq")), Map.entry("saint", List.of("st")), Map.entry("north", List.of("n")),
            Map.entry("south", List.of("s")), Map.entry("east", List.of("e")), Map.entry("west", List.of("w")),
            Map.entry("flat", List.of("flt")), Map.entry("apartment", List.of("apt")),
            Map.entry("parade", List.of("pde")), Map.entry("park", List.of("pk")), Map.entry("way", List.of("wy")));

    private AddressText() {
    }

    /** The words of {@code text}: lower case, letters and digits only ("14a, Acacia Av." gives [14a, acacia, av]). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The search text of a stored location: " word word ... " with short forms added, from every part given. */
    static String searchText(String... parts) {
        Set<String> words = new LinkedHashSet<>();
        for (String part : parts) {
            for (String word : words(part)) {
                words.add(word);
                words.addAll(SHORT_FORMS.getOrDefault(word, List.of()));
            }
        }
        return " " + String.join(" ", words) + " ";
    }

    /** The first line of an address reduced to compare two writings of it: "14 Acacia Av." and "14 acacia avenue". */
    static String sameLineKey(String lines) {
        List<String> key = new ArrayList<>();
        for (String word : words(lines)) {
            String full = word;
            for (Map.Entry<String, List<String>> entry : SHORT_FORMS.entrySet()) {
                if (entry.getValue().contains(word) && !word.equals("st") && !word.equals("s") && !word.equals("n")
                        && !word.equals("e") && !word.equals("w")) {
                    full = entry.getKey();
                }
            }
            key.add(word.equals("st") ? "street" : full);
        }
        return String.join(" ", key);
    }
}
