package org.peel.match;

import java.util.Locale;

/** The sex recorded for a person, as the one-letter codes police systems use: M, F or U. */
public enum Sex {
    MALE("M"), FEMALE("F"), UNKNOWN("U");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /**
     * Reads "M", "F" or "U", in either case.
     *
     * @throws IllegalArgumentException when the code is anything else
     */
    public static Sex fromCode(String mfu) {
        if (mfu != null) {
            switch (mfu.strip().toUpperCase(Locale.ROOT)) {
                case "M": return MALE;
                case "F": return FEMALE;
                case "U": return UNKNOWN;
                default: break;
            }
        }
        throw new IllegalArgumentException("sex must be M, F or U, got '" + mfu + "'");
    }

    /** The one-letter code: M, F or U. */
    public String code() {
        return code;
    }
}
