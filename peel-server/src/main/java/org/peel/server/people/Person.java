package org.peel.server.people;

import java.time.Instant;
import java.util.List;

import org.peel.match.PartialDate;
import org.peel.match.Sex;

/**
 * A person (a nominal): one record however many events they appear in.
 *
 * @param version increases with every change; an update must name the version it was based on
 */
public record Person(long id, long version, Sex sex, List<PersonName> names, List<PartialDate> datesOfBirth,
                     List<Identifier> identifiers, List<Address> addresses, List<Marker> warningMarkers,
                     List<Marker> vulnerabilityMarkers, Instant createdAt, String createdBy, Instant updatedAt,
                     String updatedBy) {

    public PersonName primaryName() {
        return names.stream().filter(name -> name.type() == NameType.PRIMARY).findFirst().orElse(names.get(0));
    }
}
