package org.peel.server.platform;

import java.util.regex.Pattern;

/**
 * The one rule for tidying what people type: strip both ends, write every run of whitespace inside as one space,
 * and store nothing (null) for text that is empty or blank. Every validator tidies with it, so the same words are
 * stored the same way whichever form or API they came through.
 *
 * <p>Free text of several lines (an account, a rationale) keeps its line breaks: {@link #tidyLines} applies the same
 * rule to each line and drops blank lines at either end.
 */
public final class Text {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACES = Pattern.compile("[\\s&&[^\\n]]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

    private Text() {
    }

    /** {@code "  Anne   Marie "} becomes {@code "Anne Marie"}; null, empty and blank become null. */
    public static String tidy(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    /** {@link #tidy} applied to each line of free text, keeping the line breaks; blank becomes null. */
    public static String tidyLines(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] lines = LINE_BREAK.matcher(text.strip()).replaceAll("\n").split("\n", -1);
        StringBuilder tidied = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                tidied.append('\n');
            }
            tidied.append(SPACES.matcher(lines[i].strip()).replaceAll(" "));
        }
        return tidied.toString();
    }

    /** True when there is no text to speak of: null, empty or whitespace only. */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
