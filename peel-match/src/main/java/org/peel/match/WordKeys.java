package org.peel.match;

import java.util.List;
import java.util.Set;

/**
 * The keys of one normalised name word: how it sounds, which variant groups it is in. The word itself is the exact
 * key and its first letter the initial key.
 *
 * @param word       the normalised word
 * @param metaphone  Double Metaphone primary and alternate codes ("smith": SM0, XMT)
 * @param beiderMorse Beider–Morse phonetic codes, for names of non-English origin
 * @param groups     keys of the nickname and spelling groups the word is in
 */
record WordKeys(String word, Set<String> metaphone, Set<String> beiderMorse, List<String> groups) {

    char initial() {
        return word.charAt(0);
    }

    /**
     * Whether the Double Metaphone codes agree. Beider–Morse codes are left out here: they take hundreds of
     * microseconds a word to compute, too slow for hundreds of candidates a search; they serve only to gather
     * candidates, from keys computed when the person was indexed.
     */
    boolean soundsLike(WordKeys other) {
        return intersects(metaphone, other.metaphone);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String code : a) {
            if (b.contains(code)) {
                return true;
            }
        }
        return false;
    }
}
