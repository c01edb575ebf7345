package org.peel.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Joins a surname particle or prefix to the word after it, in one spelling, and keeps the word after it searchable
 * alone: "o brien" and "obrien" become "obrien" (also found by "brien"); "al-rashid" and "el rashid" become
 * "alrashid" (also found by "rashid"); "mc donald", "mcdonald" and "mac donald" become "macdonald"; "ibn" is "bin".
 * A particle that is the last word stays a word of its own ("Di" may be a forename).
 */
final class ParticleJoining implements WordStep {

    private final Map<String, String> canonicalParticles;

    ParticleJoining(Map<String, String> canonicalParticles) {
        this.canonicalParticles = canonicalParticles;
    }

    @Override
    public NameParts apply(NameParts name) {
        List<String> words = new ArrayList<>();
        for (String word : name.words()) { // "al-rashid": a particle joined by a hyphen counts as a word of its own
            int hyphen = word.indexOf('-');
            if (hyphen > 0 && canonicalParticles.containsKey(word.substring(0, hyphen))) {
                words.add(word.substring(0, hyphen));
                words.add(word.substring(hyphen + 1));
            } else {
                words.add(word);
            }
        }
        List<String> joined = new ArrayList<>(words.size());
        List<String> alsoFoundBy = new ArrayList<>(name.alsoFoundBy());
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String particle = canonicalParticles.get(word);
            if (particle != null && i < words.size() - 1) {
                prefix.append(particle);
                continue;
            }
            if (word.startsWith("mc") && word.length() > 3) {
                word = "mac" + word.substring(2);
            }
            if (prefix.length() > 0) {
                if (!prefix.toString().equals("mac")) { // "donald" alone would be a forename, not a surname
                    alsoFoundBy.add(word);
                }
                word = prefix + word;
                prefix.setLength(0);
            }
            joined.add(word);
        }
        return joined.equals(name.words()) && alsoFoundBy.size() == name.alsoFoundBy().size()
                ? name : new NameParts(joined, alsoFoundBy);
    }
}
