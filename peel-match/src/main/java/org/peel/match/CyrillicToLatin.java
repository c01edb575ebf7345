package org.peel.match;

/**
 * Writes Russian, Ukrainian and Belarusian names in the Latin spelling their bearers' passports and English records
 * use (BGN/PCGN style): "Жуков" becomes "Zhukov", "Хрущёв" "Khrushchev", "Сергей" "Sergey". ICU's scholarly
 * transliteration gives "Žukov" and, once accents are folded, "Zukov", which an officer's record never holds.
 * Text without Cyrillic passes through untouched.
 */
final class CyrillicToLatin implements TextStep {

    private static final char FIRST = '\u0400';
    private static final String[] LOWER = new String[0xA0]; // U+0400 to U+049F: Russian, Ukrainian, Belarusian

    static {
        String[][] letters = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"},
            {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
            {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
            {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"},
            {"я", "ya"}, {"і", "i"}, {"ї", "yi"}, {"є", "ye"}, {"ґ", "g"}, {"ў", "u"},
        };
        for (String[] letter : letters) {
            LOWER[letter[0].charAt(0) - FIRST] = letter[1];
        }
    }

    @Override
    public String apply(String text) {
        boolean cyrillic = false;
        for (int i = 0; i < text.length() && !cyrillic; i++) {
            cyrillic = spelling(Character.toLowerCase(text.charAt(i))) != null;
        }
        if (!cyrillic) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String latin = spelling(Character.toLowerCase(c));
            if (latin == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }

    private static String spelling(char lower) {
        return lower >= FIRST && lower < FIRST + LOWER.length ? LOWER[lower - FIRST] : null;
    }
}
