package org.peel.match;

import java.util.Map;

/**
 * Writes whole Arabic name words in their usual Latin spelling before any letter-by-letter transliteration: Arabic
 * is written without short vowels, so "محمد" letter by letter is "mhmd" (ICU guesses "Mahmood"), while people of
 * that name write "Mohamed", "Mohammed" or "Muhammad". The spellings come from Wikidata's aligned English and Arabic
 * person names ({@code arabic-names.tsv}); a word not listed is left to {@link TransliterationToLatin}.
 */
final class ArabicNameSpelling implements TextStep {

    private final Map<String, String> latinByArabic;

    /** @param latinByArabic Arabic word in its {@link #key} form to its Latin spelling */
    ArabicNameSpelling(Map<String, String> latinByArabic) {
        this.latinByArabic = latinByArabic;
    }

    @Override
    public String apply(String text) {
        boolean arabic = false;
        for (int i = 0; i < text.length() && !arabic; i++) {
            arabic = isArabic(text.charAt(i));
        }
        if (!arabic) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            if (!isArabic(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && isArabic(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            String latin = latinByArabic.get(key(word));
            out.append(latin == null ? word : latin);
            i = end;
        }
        return out.toString();
    }

    /** Without short vowels and tatweel, and with the alef forms and alef maksura folded, as the list is keyed. */
    static String key(String word) {
        StringBuilder key = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            key.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى' -> 'ي';
                default -> c;
            });
        }
        return key.toString();
    }

    private static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F');
    }
}
