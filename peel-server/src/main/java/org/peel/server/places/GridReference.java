package org.peel.server.places;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Ordnance Survey National Grid reference: a 100 km square (two letters, the first H, J, N, O, S or T), then
 * eastings and northings of equal length (1 to 5 digits each), written {@code SP 06789 84567}.
 */
final class GridReference {

    private static final Pattern FORM = Pattern.compile("([HJNOST][A-HJ-Z])([0-9]{2,10})");

    private GridReference() {
    }

    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
        if (!matcher.matches() || matcher.group(2).length() % 2 != 0) {
            return Optional.empty();
        }
        String digits = matcher.group(2);
        int half = digits.length() / 2;
        return Optional.of(matcher.group(1) + " " + digits.substring(0, half) + " " + digits.substring(half));
    }
}
