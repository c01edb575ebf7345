package org.peel.server.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.peel.server.access.Role;
import org.peel.server.platform.UkPostcode;
import org.peel.server.search.ReferenceFinder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the home search box recognises of places and things: a location reference ({@code LOC-000123}), a postcode,
 * a phone number or IMEI, and a vehicle registration (misreads and {@code ?} tolerated). Text that is none of these
 * finds nothing here; each search it does is audited by the service that runs it.
 */
@Component
class PlacesReferenceFinder implements ReferenceFinder {

    private final Locations locations;
    private final Things things;

    PlacesReferenceFinder(Locations locations, Things things) {
        this.locations = locations;
        this.things = things;
    }

    @Override
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public List<FoundRecord> find(String typed, int limit) {
        List<FoundRecord> found = new ArrayList<>();
        if (typed == null || typed.isBlank() || limit < 1) {
            return found;
        }
        String text = typed.strip();
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.matches("LOC-?[0-9]{1,12}") || UkPostcode.normalise(text).isPresent()) {
            locations.search(text, limit).forEach(location -> found.add(new FoundRecord("Location",
                    location.reference(), location.summary() + warningNote(location), "/locations/" + location.id())));
        }
        if (PhoneNumber.e164(text).isPresent() || PhoneNumber.imei(text).isPresent()) {
            things.searchPhones(text, limit).forEach(phone -> found.add(new FoundRecord("Phone", phone.reference(),
                    phone.description(), "/phones/" + phone.id())));
        }
        if (looksLikeRegistration(compact)) {
            things.searchVehicles(text, limit).forEach(vehicle -> found.add(new FoundRecord("Vehicle",
                    vehicle.registration(), vehicle.summary(), "/vehicles/" + vehicle.id())));
        }
        return found.subList(0, Math.min(found.size(), limit));
    }

    /** 2 to 8 letters, digits and unknowns, with at least one letter and one digit, and not a record reference. */
    private static boolean looksLikeRegistration(String compact) {
        return compact.matches("[A-Z0-9?*]{2,8}") && compact.matches(".*[A-Z].*") && compact.matches(".*[0-9?].*");
    }

    private static String warningNote(Location location) {
        int warnings = location.currentWarnings().size();
        return warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)");
    }
}
