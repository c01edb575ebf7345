package org.peel.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits hyphenated and double-barrelled names into their parts, each compared and searched alone, and keeps the
 * joined form searchable: "smith-jones" becomes "smith", "jones" (also found by "smithjones").
 */
final class HyphenSplitting implements WordStep {

    @Override
    public NameParts apply(NameParts name) {
        boolean any = false;
        for (String word : name.words()) {
            any |= word.indexOf('-') >= 0;
        }
        if (!any) {
            return name;
        }
        List<String> words = new ArrayList<>();
        List<String> alsoFoundBy = new ArrayList<>(name.alsoFoundBy());
        for (String word : name.words()) {
            if (word.indexOf('-') < 0) {
                words.add(word);
                continue;
            }
            for (String part : word.split("-")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
            alsoFoundBy.add(word.replace("-", ""));
        }
        return new NameParts(words, alsoFoundBy);
    }
}
