package org.peel.server.places;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.platform.AddressLocations;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.ForceCalendar;
import org.peel.server.platform.Text;
import org.peel.server.platform.UkPostcode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places' side of {@link AddressLocations}: the address typed on an incident, crime, person or missing-person episode
 * becomes the location on record at that address (the same comparison migration 72 used, so old and new records
 * share locations), or a new location; the record is linked to it (HAPPENED AT, LIVES AT, SEEN AT), and a link made
 * this way to an address the record no longer has is ended. Locations and links made here are kept through
 * {@link RecordKeeping} like those recorded on the places pages.
 */
@Component
class PlacesAddressLocations implements AddressLocations {

    private final LocationRepository locations;
    private final LinkRepository links;
    private final RecordKeeping records;
    private final ForceCalendar calendar;
    private final Clock clock;

    PlacesAddressLocations(LocationRepository locations, LinkRepository links, RecordKeeping records,
                           ForceCalendar calendar, Clock clock) {
        this.locations = locations;
        this.links = links;
        this.records = records;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<Place> locate(String lines, String town, String postcode) {
        String line = Text.tidy(lines);
        Optional<String> standard = UkPostcode.normalise(postcode);
        if (line == null || standard.isEmpty() || AddressText.sameLineKey(line).isEmpty()) {
            return Optional.empty();
        }
        List<Long> known = locations.idsAtAddress(standard.get(), AddressText.sameLineKey(line));
        long id;
        if (known.isEmpty()) {
            String tidyTown = Text.tidy(town);
            id = locations.insert(new PlacesContent.LocationContent(Location.LocationKind.ADDRESS, cut(line, 300),
                    tidyTown == null ? null : cut(tidyTown, 100), standard.get(), null, null, null, null, null),
                    CurrentUser.username(), clock.instant());
            records.kept(Locations.RECORD_TYPE, id, AuditAction.COLLECTION, "recorded location "
                    + Location.referenceOf(id) + " from an address typed on another record");
        } else {
            id = known.stream().mapToLong(Long::longValue).min().orElseThrow();
        }
        return find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Place> find(long id) {
        return locations.find(id, calendar.today()).map(PlacesAddressLocations::place);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Place> findAll(Collection<Long> ids) {
        Map<Long, Place> found = new LinkedHashMap<>();
        locations.findAll(ids.stream().distinct().toList(), calendar.today())
                .forEach(location -> found.put(location.id(), place(location)));
        return found;
    }

    @Override
    @Transactional
    public void link(Holder holder, long recordId, Long locationId, Long previousLocationId) {
        RecordKind kind = kindOf(holder);
        String role = roleOf(holder);
        String from = kind.key(recordId);
        Instant now = clock.instant();
        if (previousLocationId != null && !previousLocationId.equals(locationId)) {
            for (long old : links.holding(from, RecordKind.LOCATION.key(previousLocationId), role)) {
                LocalDate today = calendar.today();
                if (links.end(old, today, "the address on the " + kind.title().toLowerCase(java.util.Locale.ROOT)
                        + " changed", CurrentUser.username(), now)) {
                    records.kept(Links.RECORD_TYPE, old, AuditAction.ALTERATION, "ended link " + from + " " + role
                            + " " + RecordKind.LOCATION.key(previousLocationId) + ": the address changed");
                }
            }
        }
        if (locationId == null || !links.holding(from, RecordKind.LOCATION.key(locationId), role).isEmpty()) {
            return;
        }
        long id = links.insert(new PlacesContent.LinkContent(kind, recordId, RecordKind.LOCATION, locationId, role,
                null, null, "Linked from the address recorded on the "
                + kind.title().toLowerCase(java.util.Locale.ROOT)), CurrentUser.username(), now);
        records.kept(Links.RECORD_TYPE, id, AuditAction.COLLECTION, "linked " + from + " " + role + " "
                + RecordKind.LOCATION.key(locationId) + " from the address recorded");
    }

    private static RecordKind kindOf(Holder holder) {
        return switch (holder) {
            case INCIDENT -> RecordKind.INCIDENT;
            case CRIME -> RecordKind.CRIME;
            case PERSON -> RecordKind.PERSON;
            case MISSING_EPISODE -> RecordKind.MISSING_EPISODE;
        };
    }

    /** The role of the link, as migration 72 made it for the same records. */
    private static String roleOf(Holder holder) {
        return switch (holder) {
            case INCIDENT, CRIME -> "OCCURRED_AT";
            case PERSON -> "LIVES_AT";
            case MISSING_EPISODE -> "SEEN_AT";
        };
    }

    private static Place place(Location location) {
        return new Place(location.id(), location.reference(), location.summary(), "/locations/" + location.id(),
                location.currentWarnings().stream().map(warning -> new Warning(warning.typeTitle(),
                        warning.advice(), warning.note(), warning.startsOn(), warning.endsOn())).toList());
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
