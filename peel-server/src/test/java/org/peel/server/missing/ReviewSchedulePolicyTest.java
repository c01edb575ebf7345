package org.peel.server.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The review policy on its own, with the default schedule: no application, no database. {@link ReviewScheduleTest}
 * checks over HTTP that episodes follow it as the clock runs.
 */
class ReviewSchedulePolicyTest {

    private static final Instant ASSESSED = Instant.parse("2026-11-27T14:30:00Z");

    private final ReviewSchedule schedule = new ReviewSchedule(MissingProperties.defaults());

    @Test
    void eachGradeIsReviewedAfterItsOwnIntervalHighMostOften() {
        assertThat(schedule.nextReviewDue(ASSESSED, RiskGrade.HIGH, RiskGrade.HIGH))
                .isEqualTo(ASSESSED.plus(Duration.ofHours(1)));
        assertThat(schedule.nextReviewDue(ASSESSED, RiskGrade.MEDIUM, RiskGrade.MEDIUM))
                .isEqualTo(ASSESSED.plus(Duration.ofHours(4)));
        assertThat(schedule.nextReviewDue(ASSESSED, RiskGrade.LOW, RiskGrade.LOW))
                .isEqualTo(ASSESSED.plus(Duration.ofHours(8)));
        assertThat(schedule.nextReviewDue(ASSESSED, RiskGrade.NO_APPARENT_RISK, RiskGrade.NO_APPARENT_RISK))
                .isEqualTo(ASSESSED.plus(Duration.ofHours(24)));
    }

    @Test
    void anUnconfirmedRaiseShortensTheIntervalAtOnce() {
        assertThat(schedule.scheduleGrade(RiskGrade.HIGH, RiskGrade.LOW)).isEqualTo(RiskGrade.HIGH);
        assertThat(schedule.nextReviewDue(ASSESSED, RiskGrade.HIGH, RiskGrade.LOW))
                .isEqualTo(ASSESSED.plus(Duration.ofHours(1)));
    }

    @Test
    void anUnconfirmedLoweringKeepsTheShorterIntervalOfTheConfirmedGrade() {
        assertThat(schedule.scheduleGrade(RiskGrade.LOW, RiskGrade.HIGH)).isEqualTo(RiskGrade.HIGH);
        assertThat(schedule.nextReviewDue(ASSESSED, RiskGrade.LOW, RiskGrade.HIGH))
                .isEqualTo(ASSESSED.plus(Duration.ofHours(1)));
    }

    @Test
    void aFirstAssessmentWithNothingConfirmedIsScheduledByItsOwnGrade() {
        assertThat(schedule.scheduleGrade(RiskGrade.MEDIUM, null)).isEqualTo(RiskGrade.MEDIUM);
        assertThat(schedule.nextReviewDue(ASSESSED, RiskGrade.MEDIUM, null))
                .isEqualTo(ASSESSED.plus(Duration.ofHours(4)));
    }

    @Test
    void aReviewIsScheduledThenDueSoonInItsLastHalfHourThenOverdueOnceItsTimeHasPassed() {
        Instant due = ASSESSED.plus(Duration.ofHours(1));

        assertThat(schedule.state(due, due.minus(Duration.ofMinutes(31)))).isEqualTo(ReviewState.SCHEDULED);
        assertThat(schedule.state(due, due.minus(Duration.ofMinutes(29)))).isEqualTo(ReviewState.DUE_SOON);
        assertThat(schedule.state(due, due)).isEqualTo(ReviewState.DUE_SOON);
        assertThat(schedule.state(due, due.plusSeconds(1))).isEqualTo(ReviewState.OVERDUE);
    }

    @Test
    void anEpisodeWithNoReviewDueIsClosed() {
        assertThat(schedule.state(null, ASSESSED)).isEqualTo(ReviewState.CLOSED);
        assertThat(schedule.minutesOverdue(null, ASSESSED)).isZero();
    }

    @Test
    void minutesOverdueCountOnlyAfterTheReviewFellDue() {
        Instant due = ASSESSED.plus(Duration.ofHours(1));

        assertThat(schedule.minutesOverdue(due, due.minus(Duration.ofMinutes(5)))).isZero();
        assertThat(schedule.minutesOverdue(due, due)).isZero();
        assertThat(schedule.minutesOverdue(due, due.plus(Duration.ofMinutes(95)))).isEqualTo(95);
    }

    @Test
    void theReturnInterviewIsDueSeventyTwoHoursAfterTheReturn() {
        assertThat(schedule.interviewDue(ASSESSED)).isEqualTo(ASSESSED.plus(Duration.ofHours(72)));
    }

    @Test
    void someoneMissingThreeTimesInAYearIsARepeatMissingPerson() {
        assertThat(schedule.isRepeat(2)).isFalse();
        assertThat(schedule.isRepeat(3)).isTrue();
        assertThat(schedule.repeatWindowStart(ASSESSED)).isEqualTo(ASSESSED.minus(Duration.ofDays(365)));
    }

    @Test
    void aForceSetsItsOwnIntervals() {
        MissingProperties force = new MissingProperties(new MissingProperties.ReviewIntervals(Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12)), Duration.ofMinutes(10),
                Duration.ofHours(48), 2, Duration.ofDays(90));
        ReviewSchedule own = new ReviewSchedule(force);

        assertThat(own.nextReviewDue(ASSESSED, RiskGrade.HIGH, null)).isEqualTo(ASSESSED.plus(Duration.ofMinutes(30)));
        assertThat(own.state(ASSESSED.plus(Duration.ofMinutes(30)), ASSESSED.plus(Duration.ofMinutes(15))))
                .isEqualTo(ReviewState.SCHEDULED);
        assertThat(own.interviewDue(ASSESSED)).isEqualTo(ASSESSED.plus(Duration.ofHours(48)));
        assertThat(own.isRepeat(2)).isTrue();
    }

    @Test
    void theDefaultsUsedHereAreTheOnesTheApplicationBindsWhenNothingIsConfigured() {
        MissingProperties bound = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("peel.missing", MissingProperties.class);

        assertThat(MissingProperties.defaults()).isEqualTo(bound);
    }
}
