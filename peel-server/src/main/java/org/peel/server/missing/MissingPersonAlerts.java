package org.peel.server.missing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peel.server.people.PersonAlert;
import org.peel.server.people.PersonAlertSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Missing now · high risk" on a person's page and every search result while an episode is open: one query for a
 * page of people. The grade shown is the higher of the latest assessed and the confirmed one, as the review schedule
 * follows; an unconfirmed grading says so.
 */
@Component
class MissingPersonAlerts implements PersonAlertSource {

    private final EpisodeRepository repository;
    private final MissingReferenceData referenceData;

    MissingPersonAlerts(EpisodeRepository repository, MissingReferenceData referenceData) {
        this.repository = repository;
        this.referenceData = referenceData;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<PersonAlert>> alertsFor(Collection<Long> personIds) {
        Map<Long, List<PersonAlert>> alerts = new HashMap<>();
        repository.openEpisodesOf(personIds).forEach((personId, episode) -> alerts.put(personId,
                List.of(new PersonAlert(PersonAlert.Level.URGENT, text(episode), "/missing/episodes/" + episode.id()))));
        return alerts;
    }

    private String text(EpisodeRepository.OpenEpisode episode) {
        RiskGrade grade = episode.latestGrade().higherOf(episode.confirmedGrade());
        String title = referenceData.grade(grade).title().toLowerCase(Locale.ROOT);
        boolean confirmed = episode.confirmedGrade() != null && episode.confirmedGrade() == grade;
        return "Missing now · " + title + (confirmed ? "" : " (not yet confirmed)");
    }
}
