package org.peel.match;

import java.util.Locale;

/** Recorded sex of a person, as police records hold it. */
public enum Sex {
    MALE("M"), FEMALE("F"), UNKNOWN("U");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** Reads {@code M}, {@code F} or {@code U} (any case). */
    public static Sex fromCode(String code) {
        String given = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        for (Sex sex : values()) {
            if (sex.code.equals(given)) {
                return sex;
            }
        }
        throw new IllegalArgumentException("sex must be M, F or U, got '" + code + "'");
    }

    public String code() {
        return code;
    }
}
