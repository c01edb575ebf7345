package org.peel.synthetic;

import java.text.Normalizer;

/** Writing names the way records show them: "o'brien" as "O'Brien", "Wójcik" without accents as "Wojcik". */
final class NameCase {

    private NameCase() {
    }

    /**
     * Capitalises a lower-case name: the first letter, each letter after a hyphen or space, after the Irish "O'",
     * and after "Mc" (so "mcdonald" becomes "McDonald").
     */
    static String capitalise(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean startOfPart = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(startOfPart ? Character.toUpperCase(c) : c);
            startOfPart = c == '-' || c == ' '
                    || (c == '\'' && i == 1 && (lower.charAt(0) == 'o' || lower.charAt(0) == 'd'))
                    || (i == 1 && c == 'c' && lower.charAt(0) == 'm' && lower.length() > 3);
        }
        return out.toString();
    }

    /** The name with its first letter in upper case and the rest unchanged. */
    static String capitaliseFirst(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The name without accents and other marks: "Wójcik" becomes "Wojcik", "Paweł" becomes "Pawel". */
    static String withoutDiacritics(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                }
                default -> out.append(switch (c) {
                    case 'ł' -> 'l';
                    case 'Ł' -> 'L';
                    case 'ı' -> 'i';
                    case 'ø' -> 'o';
                    case 'Ø' -> 'O';
                    default -> c;
                });
            }
        }
        return out.toString();
    }

    static boolean hasDiacritics(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 127) {
                return true;
            }
        }
        return false;
    }
}
