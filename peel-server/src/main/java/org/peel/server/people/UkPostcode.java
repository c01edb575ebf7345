package org.peel.server.people;

import java.util.Optional;

/**
 * UK postcodes, as the people module has always offered them. The rule lives in
 * {@link org.peel.server.platform.UkPostcode}, which every module's validator uses; this stays for callers that
 * already name it.
 */
public final class UkPostcode {

    private UkPostcode() {
    }

    /** The postcode in standard form ("b114ab" becomes "B11 4AB"), or empty when it is not a UK postcode. */
    public static Optional<String> normalise(String text) {
        return org.peel.server.platform.UkPostcode.normalise(text);
    }
}
