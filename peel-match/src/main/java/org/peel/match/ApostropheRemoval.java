package org.peel.match;

import java.util.regex.Pattern;

/**
 * Apostrophes go: after a one-letter prefix they separate words ("o'brien" becomes "o brien", so the particle step
 * treats it like "O Brien"), elsewhere they vanish ("ng'ang'a" becomes "nganga").
 */
final class ApostropheRemoval implements TextStep {

    private static final Pattern AFTER_ONE_LETTER = Pattern.compile("(?<![a-z])([a-z])['’‘`´ʼ]");
    private static final Pattern ANY = Pattern.compile("['’‘`´ʼ]");

    @Override
    public String apply(String text) {
        if (!ANY.matcher(text).find()) {
            return text;
        }
        return ANY.matcher(AFTER_ONE_LETTER.matcher(text).replaceAll("$1 ")).replaceAll("");
    }
}
