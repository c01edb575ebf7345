package org.peel.server.people;

import java.util.Locale;

/**
 * One name of a person.
 *
 * @param forenames         all forenames as one string ("John Paul"); empty when none were given, null when
 *                          {@code forenamesNotKnown}
 * @param surname           the family name, as recorded (upper/lower case as typed); null when {@code surnameNotKnown}
 * @param asWritten         the name exactly as first written down, before it was split into parts
 * @param surnameNotKnown   the surname is not known (a state recorded on purpose, not a field left empty)
 * @param forenamesNotKnown the forenames are not known
 */
public record PersonName(NameType type, String forenames, String surname, String asWritten, boolean surnameNotKnown,
                         boolean forenamesNotKnown) {

    /** How a name part that is not known is shown wherever the name is displayed. */
    public static final String SURNAME_NOT_KNOWN = "(surname not known)";
    public static final String FORENAMES_NOT_KNOWN = "(forenames not known)";

    /** A name whose parts are both known (forenames may still be empty). */
    public PersonName(NameType type, String forenames, String surname, String asWritten) {
        this(type, forenames, surname, asWritten, false, false);
    }

    /** "SURNAME, Forenames", the way police records display a name; a part not known says so. */
    public String displayName() {
        String shownSurname = surnameNotKnown || surname == null ? SURNAME_NOT_KNOWN
                : surname.toUpperCase(Locale.ROOT);
        if (forenamesNotKnown) {
            return shownSurname + ", " + FORENAMES_NOT_KNOWN;
        }
        return forenames == null || forenames.isBlank() ? shownSurname : shownSurname + ", " + forenames;
    }
}
