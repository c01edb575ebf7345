package org.peel.server.missing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the missing-persons coordinator needs first: the open episodes by risk and in order of urgency, reviews due and
 * overdue, gradings awaiting a supervisor, children missing, and return interviews overdue. Counts cover everything;
 * the lists hold at most the limit asked for.
 *
 * <p>Urgency: the higher grade first (the higher of the confirmed and the latest assessed grade, so that an
 * unconfirmed raise counts at once); within a grade, reviews overdue first, then gradings awaiting confirmation, then
 * children, then the review due soonest.
 */
public record CoordinatorView(Instant now, int openCount, Map<RiskGrade, Integer> openByRisk, int reviewsOverdueCount,
                              int reviewsDueSoonCount, int awaitingConfirmationCount, int childrenMissingCount,
                              long interviewsOverdueCount, List<OpenEpisode> open, List<OpenEpisode> reviewsDue,
                              List<OpenEpisode> awaitingConfirmation, List<OpenEpisode> childrenMissing,
                              List<InterviewOverdue> interviewsOverdue) {

    /** An open episode in the view. {@code grade} is the grade used for urgency. */
    public record OpenEpisode(long episodeId, long personId, String personName, RiskGrade grade,
                              RiskGrade confirmedGrade, boolean awaitingConfirmation, Instant awaitingConfirmationSince,
                              Instant reviewDueAt, ReviewState reviewState, long minutesOverdue, boolean child,
                              boolean repeatMissingPerson, Instant reportedAt, Instant lastSeenAt,
                              String lastSeenPlace) {
    }

    /** A closed episode whose return-home interview is overdue. */
    public record InterviewOverdue(long episodeId, long personId, String personName, EpisodeStatus outcome,
                                   Instant foundAt, Instant dueAt, long hoursOverdue, boolean child) {
    }
}
