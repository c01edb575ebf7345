package org.peel.match;

/**
 * Apostrophes go: after a one-letter prefix they separate words ("o'brien" becomes "o brien", so the particle step
 * treats it like "O Brien"), elsewhere they vanish ("ng'ang'a" becomes "nganga", and in a double-barrelled name
 * "brady-o'brien" becomes "brady-obrien", so that its part is "obrien" as when written alone).
 */
final class ApostropheRemoval implements TextStep {

    private static final String APOSTROPHES = "'’‘`´ʼ";

    @Override
    public String apply(String text) {
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            any = APOSTROPHES.indexOf(text.charAt(i)) >= 0;
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (APOSTROPHES.indexOf(c) < 0) {
                out.append(c);
            } else if (i >= 2 && isLetter(text.charAt(i - 1)) && text.charAt(i - 2) == '-') {
                continue; // "brady-o'brien": the prefix stays with its part, "brady-obrien"
            } else if (i == 1 && isLetter(text.charAt(0)) || i >= 2 && isLetter(text.charAt(i - 1)) && !isLetter(text.charAt(i - 2))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
