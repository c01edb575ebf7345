package org.peel.synthetic;

import java.util.Objects;

/**
 * A person's name as a record would hold it.
 *
 * @param forenames the first forename followed by any middle names, separated by single spaces, e.g. "Sarah Jane"
 * @param surname   the family name, e.g. "Smith" or "Smith-Jones"
 */
public record SyntheticName(String forenames, String surname) {

    public SyntheticName {
        Objects.requireNonNull(forenames, "forenames");
        Objects.requireNonNull(surname, "surname");
    }

    @Override
    public String toString() {
        return forenames + " " + surname;
    }
}
