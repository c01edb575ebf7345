package org.peel.server.cases;

import java.util.List;

import org.peel.server.access.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigations a crime is in, for the crime's page ({@code @crimeInvestigations.of(crime.id())} in its template:
 * the crime module does not know investigations exist, so that cases may depend on crime and not the other way), and
 * those a missing-person episode is in, for the episode's page ({@code @crimeInvestigations.ofMissingEpisode(id)}).
 * Only references and statuses, for links: one statement.
 */
@Component("crimeInvestigations")
public class CrimeInvestigations {

    private final InvestigationRepository repository;

    CrimeInvestigations(InvestigationRepository repository) {
        this.repository = repository;
    }

    /** An investigation holding the crime, for a link. */
    public record Link(long id, String reference, String status) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.READ_RECORDS)
    public List<Link> of(long crimeId) {
        return repository.investigationsOfCrime(crimeId).stream()
                .map(row -> new Link(row.id(), row.reference(), row.status().title())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.READ_RECORDS)
    public List<Link> ofMissingEpisode(long episodeId) {
        return repository.investigationsOfMissingEpisode(episodeId).stream()
                .map(row -> new Link(row.id(), row.reference(), row.status().title())).toList();
    }
}
