package org.peel.server.crime;

import java.util.List;
import java.util.Optional;

import org.peel.server.platform.AddressLocations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The location an incident's or crime's address resolved to (through {@link AddressLocations}, which places
 * provides), and the warnings to show there: the linked location's own, or, for a record whose address could not be
 * placed (no postcode) or when no places module is present, those {@link LocationWarnings} finds by the text.
 */
@Component
class LocatedAddresses {

    private final ObjectProvider<AddressLocations> places;
    private final ObjectProvider<LocationWarnings> warnings;

    LocatedAddresses(ObjectProvider<AddressLocations> places, ObjectProvider<LocationWarnings> warnings) {
        this.places = places;
        this.warnings = warnings;
    }

    /**
     * Resolves {@code location} to a location on record and links the record to it (ending the link to
     * {@code previous} when it moved); answers the location's id, or null when the text is not an address.
     */
    Long locate(AddressLocations.Holder holder, long recordId, Location location, Long previous) {
        AddressLocations source = places.getIfAvailable();
        if (source == null) {
            return null;
        }
        Long id = location == null ? null : source.locate(location.lines(), location.town(), location.postcode())
                .map(AddressLocations.Place::id).orElse(null);
        source.link(holder, recordId, id, previous);
        return id;
    }

    Optional<AddressLocations.Place> place(Long locationId) {
        AddressLocations source = places.getIfAvailable();
        return locationId == null || source == null ? Optional.empty() : source.find(locationId);
    }

    List<LocationWarnings.Warning> warnings(Optional<AddressLocations.Place> place, Location location) {
        if (place.isPresent()) {
            AddressLocations.Place at = place.get();
            return at.warnings().stream().map(warning -> new LocationWarnings.Warning(warning.type(),
                    warning.advice(), warning.note(), warning.startsOn(), warning.endsOn(),
                    at.reference() + " " + at.summary(), at.href())).toList();
        }
        return Incidents.warningsAt(warnings, location);
    }
}
