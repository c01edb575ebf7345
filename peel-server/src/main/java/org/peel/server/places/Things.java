package org.peel.server.places;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objects: vehicles, phones and property items. Record one, look at one, find them: vehicles by registration,
 * tolerant of misread characters and unknown ones ({@code AB12 ?CD}, {@code AB*}); phones by number or IMEI;
 * property by serial number. Writes are kept with their audit and change-log entries; looking and searching are
 * audited as consultations.
 */
@Service
public class Things {

    public static final String VEHICLE = "vehicle";
    public static final String PHONE = "phone";
    public static final String PROPERTY = "property_item";

    private final ThingRepository repository;
    private final PlacesValidator validator;
    private final RecordKeeping records;
    private final Clock clock;

    Things(ThingRepository repository, PlacesValidator validator, RecordKeeping records, Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.records = records;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Vehicle recordVehicle(PlacesRequests.NewVehicle request) {
        PlacesContent.VehicleContent content = validator.vehicle(request);
        long id = repository.insertVehicle(content, CurrentUser.username(), clock.instant());
        records.kept(VEHICLE, id, AuditAction.COLLECTION, "recorded vehicle " + content.registration().written());
        return repository.vehicle(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Vehicle viewVehicle(long id) {
        Vehicle vehicle = repository.vehicle(id).orElseThrow(() -> new RecordNotFoundException(VEHICLE, id));
        records.consulted(VEHICLE, id, "viewed vehicle " + vehicle.registration());
        return vehicle;
    }

    /**
     * The vehicles whose registration may be what the officer typed: spaces and case ignored, O and 0, I and 1, S
     * and 5, B and 8 taken as the same, {@code ?} for one unknown character and {@code *} for any number. An exact
     * match comes first. Nothing for text that cannot be a registration.
     */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public List<Vehicle> searchVehicles(String typed, int limit) {
        List<Vehicle> found = Registration.searchPattern(typed)
                .map(pattern -> repository.vehiclesMatching(pattern, exactKey(typed), Math.max(1, Math.min(limit, 200))))
                .orElse(List.of());
        records.consultedAll(VEHICLE, found.stream().map(Vehicle::id).toList(), "searched vehicles for '" + (typed == null ? "" : typed.strip()) + "': "
                + found.size() + " found");
        return found;
    }

    private static String exactKey(String typed) {
        return typed.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Phone recordPhone(PlacesRequests.NewPhone request) {
        PlacesContent.PhoneContent content = validator.phone(request);
        long id = repository.insertPhone(content, CurrentUser.username(), clock.instant());
        records.kept(PHONE, id, AuditAction.COLLECTION, "recorded phone "
                + (content.number() != null ? content.number() : "IMEI " + content.imei()));
        return repository.phone(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Phone viewPhone(long id) {
        Phone phone = repository.phone(id).orElseThrow(() -> new RecordNotFoundException(PHONE, id));
        records.consulted(PHONE, id, "viewed phone " + phone.reference());
        return phone;
    }

    /** The phones with the number (any way a number is written) or the IMEI typed; nothing for other text. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public List<Phone> searchPhones(String typed, int limit) {
        Optional<String> number = PhoneNumber.e164(typed);
        Optional<String> imei = PhoneNumber.imei(typed);
        List<Phone> found = number.isEmpty() && imei.isEmpty() ? List.of()
                : repository.phonesWith(number.orElse(null), imei.orElse(null), Math.max(1, Math.min(limit, 200)));
        records.consultedAll(PHONE, found.stream().map(Phone::id).toList(), "searched phones for '" + (typed == null ? "" : typed.strip()) + "': "
                + found.size() + " found");
        return found;
    }

    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public PropertyItem recordPropertyItem(PlacesRequests.NewPropertyItem request) {
        PlacesContent.PropertyContent content = validator.propertyItem(request);
        long id = repository.insertPropertyItem(content, CurrentUser.username(), clock.instant());
        records.kept(PROPERTY, id, AuditAction.COLLECTION, "recorded property item " + content.category().code());
        return repository.propertyItem(id).orElseThrow();
    }

    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public PropertyItem viewPropertyItem(long id) {
        PropertyItem item = repository.propertyItem(id).orElseThrow(() -> new RecordNotFoundException(PROPERTY, id));
        records.consulted(PROPERTY, id, "viewed property item " + item.reference());
        return item;
    }

    /** The property items with this serial number (spaces, hyphens and case ignored). */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public List<PropertyItem> searchPropertyBySerial(String serial, int limit) {
        String key = PlacesValidator.serialKey(serial == null ? null : serial.strip());
        List<PropertyItem> found = key == null || key.isEmpty() ? List.of()
                : repository.propertyItemsBySerial(key, Math.max(1, Math.min(limit, 200)));
        records.consultedAll(PROPERTY, found.stream().map(PropertyItem::id).toList(), "searched property for serial '" + serial + "': " + found.size()
                + " found");
        return found;
    }
}
