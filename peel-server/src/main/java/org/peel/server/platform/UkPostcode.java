package org.peel.server.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** UK postcodes: checks the form (outward code, space, inward code) and writes it the standard way. */
public final class UkPostcode {

    // Area letters, district, optional sub-district letter; inward code a digit and two letters that are never C I K M O V.
    private static final Pattern FORM = Pattern.compile(
            "(GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])"
                    + ")([0-9][ABD-HJLNP-UW-Z]{2})");

    private UkPostcode() {
    }

    /** The postcode in standard form ("b114ab" becomes "B11 4AB"), or empty when it is not a UK postcode. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.equals("GIR0AA")) {
            return Optional.of("GIR 0AA");
        }
        Matcher matcher = FORM.matcher(compact);
        return matcher.matches() ? Optional.of(matcher.group(1) + " " + matcher.group(2)) : Optional.empty();
    }

    private static final Pattern START = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?(?:[0-9][A-Z]{0,2})?");

    /**
     * A postcode or its start ("B11", "b11 4", "SW1A 1AA"), written without spaces in capitals for matching the
     * start of stored postcodes; empty when the text is not one.
     */
    public static Optional<String> start(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return START.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
