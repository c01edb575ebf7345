package org.peel.match;

import java.util.Map;

/**
 * Writes whole Arabic name words in their usual Latin spelling before any letter-by-letter transliteration: Arabic
 * is written without short vowels, so "محمد" letter by letter is "mhmd" (ICU guesses "Mahmood"), while people of
 * that name write "Mohamed", "Mohammed" or "Muhammad". The spellings come from Wikidata's aligned English and Arabic
 * person names ({@code arabic-names.tsv}); a word not listed is left to {@link TransliterationToLatin}.
 */
final class ArabicNameSpelling implements TextStep {

    private static final String ARTICLE = "ال";
    private static final String ABD = "عبد";
    private static final String ABU = "ابو";
    private static final String ALLAH = "الله";

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
            String latin = spell(key(word));
            out.append(latin == null ? word : latin);
            i = end;
        }
        return out.toString();
    }

    /**
     * The listed spelling of a word, else of its parts when it is a listed name written joined to what usually
     * precedes it: the article ("الحسيني" = "al hosseini"), or Abd and Abu ("عبدالرحمن" = "abdulrahman",
     * "عبدالله" = "abdullah", "ابوبكر" = "abu bakr"). Null when neither is listed.
     */
    String spell(String key) {
        String latin = latinByArabic.get(key);
        if (latin != null) {
            return latin;
        }
        if (key.startsWith(ABD) && key.length() > ABD.length() + 1) {
            String rest = key.substring(ABD.length());
            if (rest.equals(ALLAH)) {
                return "abdullah";
            }
            String name = spellAfterArticle(rest);
            return name == null ? null : "abdul" + name;
        }
        if (key.startsWith(ABU) && key.length() > ABU.length() + 1) {
            String name = spellAfterArticle(key.substring(ABU.length()));
            return name == null ? null : "abu " + name;
        }
        if (key.startsWith(ARTICLE) && key.length() > ARTICLE.length() + 1) {
            String name = latinByArabic.get(key.substring(ARTICLE.length()));
            return name == null ? null : "al " + name;
        }
        return null;
    }

    /** A listed name after Abd or Abu, with or without the article ("الرحمن" and "رحمن"), without "al". */
    private String spellAfterArticle(String rest) {
        String latin = latinByArabic.get(rest);
        if (latin == null && rest.startsWith(ARTICLE) && rest.length() > ARTICLE.length() + 1) {
            latin = latinByArabic.get(rest.substring(ARTICLE.length()));
        }
        return latin == null || latin.equals("al") ? null : latin.replace(" ", "");
    }

    /**
     * Without short vowels and tatweel, and with the alef forms, alef maksura and the Persian and Urdu letter forms
     * folded, as the list is keyed (so "علی" in Urdu script is "علي", Ali).
     */
    static String key(String word) {
        StringBuilder key = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            key.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى', 'ی', 'ے' -> 'ي'; // Persian and Urdu yeh: Urdu-script names find the Arabic spellings
                case 'ک' -> 'ك';
                case 'ہ', 'ھ' -> 'ه';
                case 'ۃ' -> 'ة';
                default -> c;
            });
        }
        return key.toString();
    }

    private static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F');
    }
}
