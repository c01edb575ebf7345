package org.peel.server.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peel.server.cases.Investigations;
import org.peel.server.crime.Crimes;
import org.peel.server.crime.Incidents;
import org.peel.server.missing.MissingEpisodes;
import org.peel.server.people.People;
import org.springframework.stereotype.Component;

/**
 * The records a link can name, whichever module owns them: whether one exists, and what to show of it (a label and
 * the address of its page). Places' own records are read in one query per kind; people in one query; incidents,
 * crimes, missing episodes and investigations through their modules' {@code find} lookups, one each. These lookups
 * carry no permission check and write no audit entry: the caller has checked and audits its own use.
 */
@Component
class PoleRecords {

    private final LocationRepository locations;
    private final ThingRepository things;
    private final People people;
    private final Incidents incidents;
    private final Crimes crimes;
    private final MissingEpisodes episodes;
    private final Investigations investigations;
    private final java.time.Clock clock;

    PoleRecords(LocationRepository locations, ThingRepository things, People people, Incidents incidents,
                Crimes crimes, MissingEpisodes episodes, Investigations investigations, java.time.Clock clock) {
        this.locations = locations;
        this.things = things;
        this.people = people;
        this.incidents = incidents;
        this.crimes = crimes;
        this.episodes = episodes;
        this.investigations = investigations;
        this.clock = clock;
    }

    boolean exists(RecordKind kind, long id) {
        return describe(List.of(new Link.RecordRef(kind, id, null, null))).containsKey(kind.key(id));
    }

    /** What to show of each record named, by key ({@code VEHICLE:12}); records that do not exist are left out. */
    Map<String, Link.RecordRef> describe(Collection<Link.RecordRef> wanted) {
        Map<RecordKind, List<Long>> byKind = new EnumMap<>(RecordKind.class);
        wanted.forEach(ref -> byKind.computeIfAbsent(ref.kind(), kind -> new ArrayList<>()).add(ref.id()));
        Map<String, Link.RecordRef> described = new LinkedHashMap<>();
        byKind.forEach((kind, ids) -> {
            List<Long> distinct = ids.stream().distinct().toList();
            for (Link.RecordRef ref : describe(kind, distinct)) {
                described.put(ref.key(), ref);
            }
        });
        return described;
    }

    private List<Link.RecordRef> describe(RecordKind kind, List<Long> ids) {
        return switch (kind) {
            case PERSON -> people.displayNames(ids).entrySet().stream()
                    .map(person -> ref(kind, person.getKey(), person.getValue(), "/people/"))
                    .toList();
            case LOCATION -> locations.findAll(ids, java.time.LocalDate.now(clock)).stream()
                    .map(location -> ref(kind, location.id(), location.summary(), "/locations/")).toList();
            case VEHICLE -> things.vehicles(ids).stream()
                    .map(vehicle -> ref(kind, vehicle.id(), vehicle.summary(), "/vehicles/")).toList();
            case PHONE -> things.phones(ids).stream()
                    .map(phone -> ref(kind, phone.id(), phone.summary(), "/phones/")).toList();
            case PROPERTY -> things.propertyItems(ids).stream()
                    .map(item -> ref(kind, item.id(), item.summary(), "/property/")).toList();
            case INCIDENT -> each(ids, id -> incidents.find(id)
                    .map(incident -> ref(kind, id, incident.reference(), "/incidents/")));
            case CRIME -> each(ids, id -> crimes.find(id)
                    .map(crime -> ref(kind, id, crime.reference() + " " + crime.offence().title(), "/crimes/")));
            case MISSING_EPISODE -> each(ids, id -> episodes.find(id)
                    .map(episode -> ref(kind, id, "Missing: " + episode.personName(), "/missing/episodes/")));
            case INVESTIGATION -> each(ids, id -> investigations.find(id)
                    .map(investigation -> ref(kind, id, investigation.reference() + " " + investigation.title(),
                            "/investigations/")));
        };
    }

    private static List<Link.RecordRef> each(List<Long> ids,
                                             java.util.function.LongFunction<Optional<Link.RecordRef>> lookup) {
        List<Link.RecordRef> found = new ArrayList<>();
        ids.forEach(id -> lookup.apply(id).ifPresent(found::add));
        return found;
    }

    private static Link.RecordRef ref(RecordKind kind, long id, String label, String path) {
        return new Link.RecordRef(kind, id, label, path + id);
    }
}
