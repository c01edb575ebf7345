package org.peel.match;

/**
 * One name a person is known by: the main name or an alias.
 *
 * @param forenames given names in order, may be empty or null when only a surname is known
 * @param surname   family name, may be double-barrelled ("Smith-Jones") or carry a particle ("O'Brien", "al-Rashid")
 * @param primary   true for the person's main name, false for an alias
 */
public record CandidateName(String forenames, String surname, boolean primary) {

    /** The name as officers write it in lists: "SMITH, John". */
    public String display() {
        String sur = surname == null ? "" : surname.strip().toUpperCase(java.util.Locale.ROOT);
        String fore = forenames == null ? "" : forenames.strip();
        if (fore.isEmpty()) {
            return sur;
        }
        return sur.isEmpty() ? fore : sur + ", " + fore;
    }
}
