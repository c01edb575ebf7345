package org.peel.server.places;

import java.util.ArrayList;
import java.util.List;

import org.peel.server.access.SystemIdentity;
import org.peel.server.crime.Crimes;
import org.peel.server.crime.Incidents;
import org.peel.server.people.People;
import org.peel.server.platform.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: after the demo people, crimes, missing episodes and investigations exist (orders 10 to 40), records
 * addresses with warnings (on streets and postcodes the crime demo data uses, so some demo incidents show them),
 * a park with a grid reference, vehicles, phones and property, and two small networks: a family at one address with
 * the mother's car, and a group sharing a flat, a car and phones, the car used in an incident and a bicycle stolen
 * in a crime. Everything goes through the module's services, so it is checked and audited like an officer's work.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "peel.demo", havingValue = "true")
class PlacesDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlacesDemoData.class);

    private record Warning(String type, String note) {
    }

    /** An address and the warnings to record there. */
    private record Flagged(String lines, String town, String postcode, List<Warning> warnings) {
    }

    private static final List<Flagged> FLAGGED = List.of(
            new Flagged("21 High Street", "Birmingham", "B11 4AB", List.of(new Warning("FIREARMS",
                    "Intelligence (graded B2): a sawn-off shotgun is kept in the loft."))),
            new Flagged("40 Stratford Road", "Birmingham", "B12 9QY", List.of(new Warning("DANGEROUS_DOG",
                    "Two large dogs loose in the rear garden; ask the occupant to secure them."))),
            new Flagged("7 Church Lane", "Birmingham", "B10 0HJ", List.of(new Warning("VIOLENT_OCCUPANT",
                    "Occupant assaulted attending officers in 2024."), new Warning("OFFICER_SAFETY",
                    "Knives found at the address on the last visit."))),
            new Flagged("Flat 3, 88 Ladypool Road", "Birmingham", "B12 9QY", List.of(new Warning(
                    "VULNERABLE_OCCUPANT", "Elderly occupant with dementia; speak slowly and call her daughter."))),
            new Flagged("19 Coventry Road", "Birmingham", "B10 0HJ", List.of(new Warning("DRUGS",
                    "Suspected cannabis cultivation; electricity bypass reported."))));

    private final Locations locations;
    private final Things things;
    private final Links links;
    private final People people;
    private final Incidents incidents;
    private final Crimes crimes;
    private final LocationRepository repository;

    PlacesDemoData(Locations locations, Things things, Links links, People people, Incidents incidents,
                   Crimes crimes, LocationRepository repository) {
        this.locations = locations;
        this.things = things;
        this.links = links;
        this.people = people;
        this.incidents = incidents;
        this.crimes = crimes;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() == 0) {
            SystemIdentity.run(CurrentUser.SYSTEM, this::fill);
        }
    }

    void fill() {
        List<Long> personIds = people.idsAfter(0, 7);
        if (personIds.size() < 7) {
            log.info("Demo mode: no places demo data, because there are too few people on record");
            return;
        }
        for (Flagged flagged : FLAGGED) {
            Location location = address(flagged.lines(), flagged.town(), flagged.postcode());
            flagged.warnings().forEach(warning -> locations.addWarning(location.id(),
                    new PlacesRequests.NewWarning(warning.type(), null, null, warning.note())));
        }
        locations.record(new PlacesRequests.NewLocation(null, null, null, null, "Cannon Hill Park, by the boating "
                + "lake", "SP 06789 84567", null, null));

        // A family: mother, father and son at one address; the mother keeps the car the son drives.
        long mother = personIds.get(0);
        long father = personIds.get(1);
        long son = personIds.get(2);
        Location home = address("14 Acacia Avenue", "Birmingham", "B13 8JP");
        Vehicle familyCar = things.recordVehicle(new PlacesRequests.NewVehicle("BD51 SMR", "Vauxhall", "Astra",
                "Silver", null));
        for (long member : List.of(mother, father, son)) {
            link(RecordKind.PERSON, member, "LIVES_AT", RecordKind.LOCATION, home.id(), "2015-04-01");
        }
        link(RecordKind.PERSON, son, "FAMILY", RecordKind.PERSON, mother, null);
        link(RecordKind.PERSON, son, "FAMILY", RecordKind.PERSON, father, null);
        link(RecordKind.PERSON, mother, "KEEPER", RecordKind.VEHICLE, familyCar.id(), "2019-09-12");
        link(RecordKind.PERSON, son, "DRIVER", RecordKind.VEHICLE, familyCar.id(), "2024-01-01");

        // A group sharing a flat, a car and phones; the son of the family is an associate.
        List<Long> group = personIds.subList(3, 7);
        Location flat = address("Flat 2, 31 Soho Road", "Birmingham", "B21 9RY");
        locations.addWarning(flat.id(), new PlacesRequests.NewWarning("WEAPONS", null, null,
                "Machete seen in the hallway during a warrant in 2025."));
        Vehicle groupCar = things.recordVehicle(new PlacesRequests.NewVehicle("KX19 OBF", "BMW", "320d", "Black",
                null));
        List<Long> phones = new ArrayList<>();
        String[] numbers = {"07700 900301", "07700 900302", "07700 900303", "07700 900304"};
        for (int i = 0; i < group.size(); i++) {
            long member = group.get(i);
            link(RecordKind.PERSON, member, "LIVES_AT", RecordKind.LOCATION, flat.id(), "2025-02-01");
            link(RecordKind.PERSON, member, i == 0 ? "KEEPER" : "DRIVER", RecordKind.VEHICLE, groupCar.id(), null);
            Phone phone = things.recordPhone(new PlacesRequests.NewPhone(numbers[i], null, "Pay-as-you-go handset"));
            phones.add(phone.id());
            link(RecordKind.PERSON, member, "USER", RecordKind.PHONE, phone.id(), "2025-03-01");
        }
        link(RecordKind.PERSON, son, "ASSOCIATE", RecordKind.PERSON, group.get(0), null);
        link(RecordKind.PHONE, phones.get(1), "SEEN_AT", RecordKind.LOCATION, home.id(), null);
        Phone burner = things.recordPhone(new PlacesRequests.NewPhone(null, "490154203237518", "Cheap handset found "
                + "in the car"));
        link(RecordKind.PHONE, burner.id(), "FOUND_AT", RecordKind.VEHICLE, groupCar.id(), null);
        if (incidents.find(1).isPresent()) {
            link(RecordKind.VEHICLE, groupCar.id(), "USED_IN", RecordKind.INCIDENT, 1, null);
        }
        PropertyItem bicycle = things.recordPropertyItem(new PlacesRequests.NewPropertyItem(
                "Red Carrera mountain bike", "WTU123456789", "BICYCLE"));
        if (crimes.find(1).isPresent()) {
            link(RecordKind.PROPERTY, bicycle.id(), "STOLEN_IN", RecordKind.CRIME, 1, null);
        }
        link(RecordKind.PROPERTY, bicycle.id(), "FOUND_AT", RecordKind.LOCATION, flat.id(), null);
        log.info("Demo mode: recorded places and things (addresses with warnings, a family and a group)");
    }

    private Location address(String lines, String town, String postcode) {
        return locations.record(new PlacesRequests.NewLocation(lines, town, postcode, null, null, null, null, null));
    }

    private void link(RecordKind from, long fromId, String role, RecordKind to, long toId, String heldFrom) {
        links.link(new PlacesRequests.NewLink(from.name(), fromId, to.name(), toId, role, heldFrom, null, null));
    }
}
