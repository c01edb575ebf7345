package org.peel.match;

import java.util.List;

/** A person with every name normalised, as the scorer reads it. */
record PreparedPerson(String id, List<PreparedName> names, List<PartialDate> datesOfBirth, Sex sex) {
}
