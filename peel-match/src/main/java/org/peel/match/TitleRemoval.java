package org.peel.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops titles and suffixes: "mr john smith jr" becomes "john smith". A name that is nothing but a title is kept
 * as written ("Major" may be a surname).
 */
final class TitleRemoval implements WordStep {

    private final Set<String> titles;

    TitleRemoval(Set<String> titles) {
        this.titles = titles;
    }

    @Override
    public NameParts apply(NameParts name) {
        List<String> kept = new ArrayList<>(name.words().size());
        for (String word : name.words()) {
            if (!titles.contains(word)) {
                kept.add(word);
            }
        }
        return kept.isEmpty() || kept.size() == name.words().size() ? name : new NameParts(kept, name.alsoFoundBy());
    }
}
