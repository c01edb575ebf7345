package org.peel.server.missing;

import java.util.List;

import org.peel.server.people.PersonLink;
import org.peel.server.people.PersonLinkSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's missing-person episodes, for the "Linked records" section of their page: one query for the list.
 * Episodes have no reference number of their own, so each is called by its record number.
 */
@Component
class MissingPersonLinks implements PersonLinkSource {

    private final EpisodeRepository repository;

    MissingPersonLinks(EpisodeRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonLink> linksTo(long personId, int limit) {
        return repository.episodesOf(personId).stream().limit(Math.max(1, limit))
                .map(episode -> new PersonLink("Missing-person episode", "Episode " + episode.id(), "Missing person",
                        episode.reportedAt(), episode.status().title(),
                        episode.lastSeenPlace() == null ? null : "Last seen: " + episode.lastSeenPlace(),
                        "/missing/episodes/" + episode.id()))
                .toList();
    }
}
