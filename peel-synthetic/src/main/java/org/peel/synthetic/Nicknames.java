package org.peel.synthetic;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Familiar forms of forenames (Robert: Bob, Rob, Robbie) and, the other way, their formal forms, from nicknames.txt. */
final class Nicknames {

    private final Map<String, List<String>> otherForms;

    private Nicknames(Map<String, List<String>> otherForms) {
        this.otherForms = otherForms;
    }

    static Nicknames read() {
        Map<String, Set<String>> forms = new HashMap<>();
        for (String line : ReferenceFile.lines("nicknames.txt")) {
            String[] names = line.strip().split("\\s+");
            String formal = names[0];
            for (int i = 1; i < names.length; i++) {
                forms.computeIfAbsent(key(formal), k -> new LinkedHashSet<>()).add(names[i]);
                forms.computeIfAbsent(key(names[i]), k -> new LinkedHashSet<>()).add(formal);
            }
        }
        Map<String, List<String>> otherForms = new HashMap<>();
        forms.forEach((name, others) -> otherForms.put(name, List.copyOf(others)));
        return new Nicknames(Map.copyOf(otherForms));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** The nicknames of a formal forename and the formal forms of a nickname; empty when none are known. */
    List<String> otherForms(String forename) {
        return otherForms.getOrDefault(key(forename), List.of());
    }
}
