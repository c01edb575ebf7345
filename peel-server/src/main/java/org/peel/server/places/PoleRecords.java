package org.peel.server.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peel.server.cases.Investigations;
import org.peel.server.crime.Crimes;
import org.peel.server.crime.Incidents;
import org.peel.server.missing.MissingEpisodes;
import org.peel.server.people.People;
import org.springframework.stereotype.Component;

/**
 * The records a link can name, whichever module owns them: whether one exists, and what to show of it (a label and
 * the address of its page), in a fixed number of queries however many: places' own records in one query per kind,
 * people in one, incidents, crimes, missing episodes and investigations through their modules' batch label lookups
 * (one query each; two for episodes, whose label names the person). These lookups
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
            case INCIDENT -> refs(kind, ids, incidents.references(ids), "/incidents/");
            case CRIME -> refs(kind, ids, crimes.labels(ids), "/crimes/");
            case MISSING_EPISODE -> refs(kind, ids, episodes.labels(ids), "/missing/episodes/");
            case INVESTIGATION -> refs(kind, ids, investigations.labels(ids), "/investigations/");
        };
    }

    /** The records found among {@code ids}, in the order asked, labelled as their module labels them. */
    private static List<Link.RecordRef> refs(RecordKind kind, List<Long> ids, Map<Long, String> labels, String path) {
        List<Link.RecordRef> found = new ArrayList<>();
        ids.forEach(id -> {
            String label = labels.get(id);
            if (label != null) {
                found.add(ref(kind, id, label, path));
            }
        });
        return found;
    }

    private static Link.RecordRef ref(RecordKind kind, long id, String label, String path) {
        return new Link.RecordRef(kind, id, label, path + id);
    }
}
