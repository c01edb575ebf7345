package org.peel.server.people;

import java.util.List;

import org.peel.match.PartialDate;
import org.peel.match.Sex;

/** The checked content of a person record, ready to store. */
record PersonContent(Sex sex, List<PersonName> names, List<PartialDate> datesOfBirth, List<Identifier> identifiers,
                     List<Address> addresses, List<Marker> warningMarkers, List<Marker> vulnerabilityMarkers) {
}
