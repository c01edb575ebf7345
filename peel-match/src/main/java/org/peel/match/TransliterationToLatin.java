package org.peel.match;

import com.ibm.icu.text.Transliterator;

/**
 * Writes names from other scripts in Latin letters with ICU: "Мухаммад" becomes "Muhammad", "王" becomes "wang".
 * Latin text passes through untouched (and fast).
 */
final class TransliterationToLatin implements TextStep {

    // Transliterator instances are not documented as safe for concurrent use: one per thread.
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    @Override
    public String apply(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isLatin(text.charAt(i))) {
                return TO_LATIN.get().transliterate(text);
            }
        }
        return text;
    }

    private static boolean isLatin(char c) {
        // Basic Latin, Latin-1, Latin Extended A and B, combining marks, general punctuation (curly quotes)
        return c < 0x0250 || (c >= 0x0300 && c < 0x0370) || (c >= 0x2000 && c < 0x2070) || (c >= 0x1E00 && c < 0x1F00);
    }
}
