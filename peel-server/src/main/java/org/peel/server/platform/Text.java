package org.peel.server.platform;

import java.util.Optional;
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

    /**
     * No text of any field, in any request, is longer than this (the longest free text a module accepts is 8,000
     * characters): longer text is refused as it is read, before anything else is done with it.
     */
    public static final int MAX_ANY_TEXT = 10_000;

    private Text() {
    }

    /**
     * Why {@code text} can never be stored, or empty when it can: longer than {@link #MAX_ANY_TEXT}, a control
     * character other than tab and line breaks (PostgreSQL refuses NUL outright), or half of a UTF-16 surrogate pair
     * (which no database can store as it was sent). Every request's text is checked with it as it is read (the JSON
     * reader and the request guard), so no module sees such text.
     */
    public static Optional<String> unstorable(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > MAX_ANY_TEXT) {
            return Optional.of("is " + text.length() + " characters long; no text in Peel may be longer than "
                    + MAX_ANY_TEXT);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return Optional.of("contains a control character (such as NUL) at position " + (i + 1)
                        + ": remove it");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains a broken character (half of a UTF-16 surrogate pair) at position "
                        + (i + 1) + ": remove it");
            }
        }
        return Optional.empty();
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
