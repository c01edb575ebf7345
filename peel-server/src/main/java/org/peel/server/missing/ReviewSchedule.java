package org.peel.server.missing;

import java.time.Duration;
import java.time.Instant;

/**
 * When a risk review is due and where it stands now. The schedule follows the higher of the confirmed grade and the
 * latest assessed one: an unconfirmed raise shortens the interval at once, and an unconfirmed lowering does not
 * lengthen it until a supervisor agrees.
 */
final class ReviewSchedule {

    private final MissingProperties properties;

    ReviewSchedule(MissingProperties properties) {
        this.properties = properties;
    }

    RiskGrade scheduleGrade(RiskGrade latest, RiskGrade confirmed) {
        return latest.higherOf(confirmed);
    }

    Duration interval(RiskGrade grade) {
        return properties.reviewInterval(grade);
    }

    Instant nextReviewDue(Instant lastAssessedAt, RiskGrade latest, RiskGrade confirmed) {
        return lastAssessedAt.plus(properties.reviewInterval(scheduleGrade(latest, confirmed)));
    }

    ReviewState state(Instant reviewDueAt, Instant now) {
        if (reviewDueAt == null) {
            return ReviewState.CLOSED;
        }
        if (now.isAfter(reviewDueAt)) {
            return ReviewState.OVERDUE;
        }
        return now.plus(properties.reviewDueSoon()).isAfter(reviewDueAt) ? ReviewState.DUE_SOON : ReviewState.SCHEDULED;
    }

    long minutesOverdue(Instant reviewDueAt, Instant now) {
        return reviewDueAt == null || !now.isAfter(reviewDueAt) ? 0 : Duration.between(reviewDueAt, now).toMinutes();
    }

    Instant interviewDue(Instant returnedAt) {
        return returnedAt.plus(properties.returnInterviewWithin());
    }

    boolean isRepeat(int episodesInWindow) {
        return episodesInWindow >= properties.repeatEpisodes();
    }

    Instant repeatWindowStart(Instant now) {
        return now.minus(properties.repeatWindow());
    }
}
