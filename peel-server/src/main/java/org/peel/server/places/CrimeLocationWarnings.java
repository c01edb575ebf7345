package org.peel.server.places;

import java.util.List;

import org.peel.server.crime.LocationWarnings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warnings in force at the address an incident or crime was recorded at, for the crime pages and API: the
 * locations at the same postcode whose first line is the same address written perhaps another way. Only for records
 * without a linked location (see {@link PlacesAddressLocations}): a linked location answers directly.
 */
@Component
class CrimeLocationWarnings implements LocationWarnings {

    private final Locations locations;

    CrimeLocationWarnings(Locations locations) {
        this.locations = locations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Warning> at(org.peel.server.crime.Location location) {
        return locations.atAddress(location.lines(), location.postcode()).stream()
                .flatMap(place -> place.currentWarnings().stream()
                        .map(warning -> new Warning(warning.typeTitle(), warning.advice(), warning.note(),
                                warning.startsOn(), warning.endsOn(), place.reference() + " " + place.summary(),
                                "/locations/" + place.id())))
                .toList();
    }
}
