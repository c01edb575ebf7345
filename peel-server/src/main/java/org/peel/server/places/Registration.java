package org.peel.server.places;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A vehicle registration mark, as Peel stores and compares it.
 *
 * <ul>
 *   <li>{@link #written()}: as Peel writes it, upper case; the current style (two letters, two digits, three letters)
 *   with a space before the last three ({@code "ab12cde"} becomes {@code "AB12 CDE"}), older styles with the
 *   officer's spacing tidied to single spaces;</li>
 *   <li>{@link #key()}: the letters and digits alone ({@code "AB12CDE"});</li>
 *   <li>{@link #misreadKey()}: the key with the characters officers misread folded together, O as 0, I as 1, S as
 *   5 and B as 8 ({@code "A812CDE"}), so that a search for "AB12 CDE" also finds "A812 CDE" and "AB12 CD3" does not.</li>
 * </ul>
 */
public record Registration(String written, String key, String misreadKey) {

    private static final Pattern CURRENT_STYLE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z]{3}");
    private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9 ]+");

    /** The registration typed, or empty when it is not one: 2 to 8 letters and digits, at least one of each. */
    public static Optional<Registration> of(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String tidied = typed.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (!ALLOWED.matcher(tidied).matches()) {
            return Optional.empty();
        }
        String key = tidied.replace(" ", "");
        if (key.length() < 2 || key.length() > 8 || !key.matches(".*[A-Z].*") || !key.matches(".*[0-9].*")) {
            return Optional.empty();
        }
        String written = CURRENT_STYLE.matcher(key).matches() ? key.substring(0, 4) + " " + key.substring(4) : tidied;
        return Optional.of(new Registration(written, key, fold(key)));
    }

    /**
     * A search as a SQL LIKE pattern on {@link #misreadKey()}: what the officer typed, spaces ignored and misread
     * characters folded, with {@code ?} for one unknown character and {@code *} for any number; empty when the text
     * holds anything else or no letter or digit at all.
     */
    public static Optional<String> searchPattern(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.isEmpty() || compact.length() > 12 || !compact.matches("[A-Z0-9?*]+")
                || !compact.matches(".*[A-Z0-9].*")) {
            return Optional.empty();
        }
        StringBuilder pattern = new StringBuilder();
        for (char c : compact.toCharArray()) {
            pattern.append(switch (c) {
                case '?' -> '_';
                case '*' -> '%';
                default -> fold(c);
            });
        }
        return Optional.of(pattern.toString().replaceAll("%+", "%"));
    }

    /** Whether a search pattern needs LIKE (it has an unknown character) rather than equality. */
    static boolean hasWildcard(String pattern) {
        return pattern.indexOf('_') >= 0 || pattern.indexOf('%') >= 0;
    }

    static String fold(String key) {
        StringBuilder folded = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            folded.append(fold(c));
        }
        return folded.toString();
    }

    private static char fold(char c) {
        return switch (c) {
            case 'O' -> '0';
            case 'I' -> '1';
            case 'S' -> '5';
            case 'B' -> '8';
            default -> c;
        };
    }
}
