package org.peel.server.missing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peel.server.access.Role;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The missing-persons coordinator's view. It reads the open episodes (a handful among years of closed ones, found
 * through the {@code missing_episode_open} index) and the overdue interviews (the {@code missing_episode_interview}
 * index), and works out every state from the stored times and the clock.
 */
@Service
public class MissingCoordination {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** Most urgent first: higher grade, then review overdue, awaiting confirmation, child, review due soonest. */
    static final Comparator<CoordinatorView.OpenEpisode> URGENCY = Comparator
            .comparing(CoordinatorView.OpenEpisode::grade, Comparator.reverseOrder())
            .thenComparing(episode -> episode.reviewState() != ReviewState.OVERDUE)
            .thenComparing(episode -> !episode.awaitingConfirmation())
            .thenComparing(episode -> !episode.child())
            .thenComparing(CoordinatorView.OpenEpisode::reviewDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CoordinatorView.OpenEpisode::episodeId);

    private final EpisodeRepository repository;
    private final ReviewSchedule schedule;
    private final PersonNames names;
    private final RecordKeeping records;
    private final Clock clock;

    MissingCoordination(EpisodeRepository repository, MissingProperties properties, PersonNames names,
                        RecordKeeping records, Clock clock) {
        this.repository = repository;
        this.schedule = new ReviewSchedule(properties);
        this.names = names;
        this.records = records;
        this.clock = clock;
    }

    /** The view as of now, each list holding at most {@code limit} episodes. Audited as a consultation. */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public CoordinatorView view(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        CoordinatorView view = compute(clock.instant(), limit);
        java.util.stream.Stream<Long> shown = java.util.stream.Stream.of(view.open(), view.reviewsDue(), view.awaitingConfirmation(),
                        view.childrenMissing()).flatMap(List::stream).map(CoordinatorView.OpenEpisode::episodeId);
        records.consultedAll(MissingEpisodes.RECORD_TYPE, java.util.stream.Stream.concat(shown,
                        view.interviewsOverdue().stream().map(CoordinatorView.InterviewOverdue::episodeId))
                        .distinct().toList(),
                "viewed the missing-persons coordinator's view (" + view.openCount() + " open)");
        return view;
    }

    /** The view as of {@code now}; no audit entry (the benchmark and {@link #view} call it). */
    @Transactional(readOnly = true)
    public CoordinatorView compute(Instant now, int limit) {
        List<EpisodeRepository.OpenRow> rows = repository.openEpisodes();
        List<CoordinatorView.OpenEpisode> open = new ArrayList<>(rows.size());
        for (EpisodeRepository.OpenRow row : rows) {
            open.add(new CoordinatorView.OpenEpisode(row.id(), row.personId(), null,
                    schedule.scheduleGrade(row.latestGrade(), row.confirmedGrade()), row.confirmedGrade(),
                    row.unconfirmedSince() != null, row.unconfirmedSince(), row.reviewDueAt(),
                    schedule.state(row.reviewDueAt(), now), schedule.minutesOverdue(row.reviewDueAt(), now),
                    row.child(), false, row.reportedAt(), row.lastSeenAt(), row.lastSeenPlace()));
        }
        open.sort(URGENCY);
        Map<RiskGrade, Integer> byRisk = new EnumMap<>(RiskGrade.class);
        for (RiskGrade grade : RiskGrade.values()) {
            byRisk.put(grade, 0);
        }
        open.forEach(episode -> byRisk.merge(episode.grade(), 1, Integer::sum));
        List<CoordinatorView.OpenEpisode> reviewsDue = open.stream()
                .filter(episode -> episode.reviewState() == ReviewState.OVERDUE
                        || episode.reviewState() == ReviewState.DUE_SOON)
                .sorted(Comparator.comparing(CoordinatorView.OpenEpisode::reviewDueAt)
                        .thenComparing(CoordinatorView.OpenEpisode::episodeId))
                .toList();
        List<CoordinatorView.OpenEpisode> awaiting = open.stream()
                .filter(CoordinatorView.OpenEpisode::awaitingConfirmation)
                .sorted(Comparator.comparing(CoordinatorView.OpenEpisode::grade, Comparator.reverseOrder())
                        .thenComparing(CoordinatorView.OpenEpisode::awaitingConfirmationSince)
                        .thenComparing(CoordinatorView.OpenEpisode::episodeId))
                .toList();
        List<CoordinatorView.OpenEpisode> children = open.stream().filter(CoordinatorView.OpenEpisode::child).toList();
        int overdue = (int) reviewsDue.stream().filter(episode -> episode.reviewState() == ReviewState.OVERDUE).count();
        List<EpisodeRepository.InterviewRow> interviews = repository.interviewsOverdue(now, limit);
        long interviewsOverdue = interviews.size() < limit ? interviews.size() : repository.countInterviewsOverdue(now);

        List<CoordinatorView.OpenEpisode> openShown = first(open, limit);
        List<CoordinatorView.OpenEpisode> dueShown = first(reviewsDue, limit);
        List<CoordinatorView.OpenEpisode> awaitingShown = first(awaiting, limit);
        List<CoordinatorView.OpenEpisode> childrenShown = first(children, limit);
        Set<Long> people = new HashSet<>();
        for (List<CoordinatorView.OpenEpisode> list : List.of(openShown, dueShown, awaitingShown, childrenShown)) {
            list.forEach(episode -> people.add(episode.personId()));
        }
        interviews.forEach(row -> people.add(row.personId()));
        Map<Long, String> personNames = names.of(people);
        Map<Long, Integer> recent = repository.episodesSince(people, schedule.repeatWindowStart(now));
        return new CoordinatorView(now, open.size(), byRisk, overdue, reviewsDue.size() - overdue, awaiting.size(),
                children.size(), interviewsOverdue, named(openShown, personNames, recent),
                named(dueShown, personNames, recent), named(awaitingShown, personNames, recent),
                named(childrenShown, personNames, recent), interviews.stream()
                .map(row -> new CoordinatorView.InterviewOverdue(row.id(), row.personId(),
                        personNames.get(row.personId()), row.status(), row.foundAt(), row.dueAt(),
                        Duration.between(row.dueAt(), now).toHours(), row.child()))
                .toList());
    }

    private List<CoordinatorView.OpenEpisode> named(List<CoordinatorView.OpenEpisode> episodes,
                                                    Map<Long, String> personNames, Map<Long, Integer> recent) {
        Map<Long, CoordinatorView.OpenEpisode> named = new LinkedHashMap<>();
        for (CoordinatorView.OpenEpisode e : episodes) {
            named.put(e.episodeId(), new CoordinatorView.OpenEpisode(e.episodeId(), e.personId(),
                    personNames.get(e.personId()), e.grade(), e.confirmedGrade(), e.awaitingConfirmation(),
                    e.awaitingConfirmationSince(), e.reviewDueAt(), e.reviewState(), e.minutesOverdue(), e.child(),
                    schedule.isRepeat(recent.getOrDefault(e.personId(), 0)), e.reportedAt(), e.lastSeenAt(),
                    e.lastSeenPlace()));
        }
        return List.copyOf(named.values());
    }

    private static <T> List<T> first(List<T> list, int limit) {
        return list.size() <= limit ? list : list.subList(0, limit);
    }
}
