package org.peel.match;

import java.util.List;

/**
 * A name on its way through normalisation: the words in order, and other forms the name should also be found by
 * (the part after a particle, the joined form of a double-barrelled surname).
 *
 * @param words        normalised words, in the order written
 * @param alsoFoundBy  further search forms, not compared word by word
 */
record NameParts(List<String> words, List<String> alsoFoundBy) {

    NameParts {
        words = List.copyOf(words);
        alsoFoundBy = List.copyOf(alsoFoundBy);
    }

    static final NameParts EMPTY = new NameParts(List.of(), List.of());

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words run together: "smith jones" becomes "smithjones". */
    String joined() {
        return String.join("", words);
    }
}
