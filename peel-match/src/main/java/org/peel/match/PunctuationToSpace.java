package org.peel.match;

import java.util.regex.Pattern;

/**
 * Anything that is not a letter, a space or a hyphen between letters becomes a space: "smith, john." becomes
 * "smith  john ", "smith - jones" becomes "smith-jones".
 */
final class PunctuationToSpace implements TextStep {

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z\\-]+");
    private static final Pattern LOOSE_HYPHEN = Pattern.compile("\\s*-[\\s\\-]*");

    @Override
    public String apply(String text) {
        String spaced = NOT_LETTER.matcher(text).replaceAll(" ");
        return LOOSE_HYPHEN.matcher(spaced.strip()).replaceAll("-").replaceAll("^-+|-+$", "").replaceAll("\\s-|-\\s", " ");
    }
}
