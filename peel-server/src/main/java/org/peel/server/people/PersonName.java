package org.peel.server.people;

/**
 * One name of a person.
 *
 * @param forenames all forenames as one string ("John Paul"), possibly empty when unknown
 * @param surname   the family name, as recorded (upper/lower case as typed)
 * @param asWritten the name exactly as first written down, before it was split into parts
 */
public record PersonName(NameType type, String forenames, String surname, String asWritten) {

    /** "SURNAME, Forenames", the way police records display a name. */
    public String displayName() {
        return forenames == null || forenames.isBlank() ? surname.toUpperCase(java.util.Locale.ROOT)
                : surname.toUpperCase(java.util.Locale.ROOT) + ", " + forenames;
    }
}
