package org.peel.server.people;

import org.peel.server.platform.AddressLocations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Resolves a person's addresses to locations on record when the record is created or changed (through
 * {@link AddressLocations}, which places provides): each address not yet resolved gets the location at that address,
 * found or recorded, and the person is linked as living there. Addresses without a postcode stay text only. Bulk
 * imports ({@link People#importAll}) are not resolved here, to keep them one batch of inserts; an imported address is
 * resolved when the person is next changed.
 */
@Component
class AddressLocating {

    private final PersonRepository repository;
    private final ObjectProvider<AddressLocations> places;

    AddressLocating(PersonRepository repository, ObjectProvider<AddressLocations> places) {
        this.repository = repository;
        this.places = places;
    }

    void locate(long personId) {
        AddressLocations source = places.getIfAvailable();
        if (source == null) {
            return;
        }
        for (PersonRepository.UnlocatedAddress address : repository.unlocatedAddresses(personId)) {
            source.locate(address.lines(), address.town(), address.postcode()).ifPresent(place -> {
                repository.setAddressLocation(personId, address.position(), place.id());
                source.link(AddressLocations.Holder.PERSON, personId, place.id(), null);
            });
        }
    }
}
