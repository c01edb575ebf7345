package org.peel.match;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Computes the {@link WordKeys} of normalised words, and remembers them: names repeat a lot (there are few
 * distinct names among millions of people) and Beider–Morse is slow, so each distinct word is encoded once.
 * Thread-safe.
 */
final class NameKeys {

    /**
     * Distinct words remembered in each of the two generations of the cache; a few hundred bytes each. When the newer
     * generation is full it becomes the older one and the oldest is dropped; a word found in the older generation is
     * copied into the newer. So words in use stay (least recently used go first), and a 10-million-person import
     * does not recompute every key each time the cache fills, as emptying it all at once did.
     */
    private static final int GENERATION_LIMIT = 250_000;
    private static final int MAX_METAPHONE_LENGTH = 6;
    private static final int MAX_BEIDER_MORSE_CODES = 8;

    private final NameVariants variants;
    private final DoubleMetaphone metaphone = new DoubleMetaphone();
    private volatile ConcurrentHashMap<String, WordKeys> newer = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<String, WordKeys> older = new ConcurrentHashMap<>();
    private final ThreadLocal<BeiderMorseEncoder> beiderMorse = ThreadLocal.withInitial(() -> {
        BeiderMorseEncoder encoder = new BeiderMorseEncoder();
        encoder.setNameType(NameType.GENERIC);
        encoder.setRuleType(RuleType.APPROX);
        encoder.setMaxPhonemes(MAX_BEIDER_MORSE_CODES);
        return encoder;
    });

    NameKeys(NameVariants variants) {
        this.variants = variants;
        metaphone.setMaxCodeLen(MAX_METAPHONE_LENGTH);
    }

    static NameKeys standard() {
        return Holder.STANDARD;
    }

    WordKeys of(String word) {
        ConcurrentHashMap<String, WordKeys> current = newer;
        WordKeys keys = current.get(word);
        if (keys != null) {
            return keys;
        }
        keys = older.get(word);
        if (keys == null) {
            keys = compute(word);
        }
        if (current.size() >= GENERATION_LIMIT) {
            age(current);
        }
        newer.put(word, keys);
        return keys;
    }

    private synchronized void age(ConcurrentHashMap<String, WordKeys> full) {
        if (newer == full) { // another thread may have aged it already
            older = full;
            newer = new ConcurrentHashMap<>();
        }
    }

    private WordKeys compute(String word) {
        if (word.length() == 1) { // an initial: nothing to sound or vary
            return new WordKeys(word, Set.of(), Set.of(), List.of());
        }
        Set<String> metaphoneCodes = new LinkedHashSet<>(2);
        metaphoneCodes.add(metaphone.doubleMetaphone(word));
        metaphoneCodes.add(metaphone.doubleMetaphone(word, true));
        metaphoneCodes.remove("");
        Set<String> beiderMorseCodes = new LinkedHashSet<>();
        try {
            for (String code : beiderMorse.get().encode(word).split("[|()\\-]")) {
                if (!code.isEmpty() && beiderMorseCodes.size() < MAX_BEIDER_MORSE_CODES) {
                    beiderMorseCodes.add(code);
                }
            }
        } catch (org.apache.commons.codec.EncoderException | IllegalArgumentException | IllegalStateException unencodable) {
            // leave the word without Beider-Morse codes; the other keys still find it
        }
        return new WordKeys(word, Set.copyOf(metaphoneCodes), Set.copyOf(beiderMorseCodes), variants.groupKeys(word));
    }

    private static final class Holder {
        static final NameKeys STANDARD = new NameKeys(ReferenceData.standard().variants());
    }
}
