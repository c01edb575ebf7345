package org.peel.server.crime;

import java.util.List;

import org.peel.server.people.PersonLink;
import org.peel.server.people.PersonLinkSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crimes a person is the victim of or a suspect in, for the "Linked records" section of their page: one query
 * for the list, with offence titles from the reference data in memory.
 */
@Component
class CrimePersonLinks implements PersonLinkSource {

    private final CrimeRepository repository;
    private final CrimeReferenceData referenceData;

    CrimePersonLinks(CrimeRepository repository, CrimeReferenceData referenceData) {
        this.repository = repository;
        this.referenceData = referenceData;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonLink> linksTo(long personId, int limit) {
        return repository.summariesInvolving(personId, Math.max(1, limit)).stream()
                .map(crime -> new PersonLink("Crime", crime.reference(), crime.role().title, crime.recordedAt(),
                        crime.status().title(), crime.offenceCode() + " " + referenceData.offence(crime.offenceCode())
                                .map(CrimeReferenceData.Offence::title).orElse(""),
                        "/crimes/" + crime.id()))
                .toList();
    }
}
