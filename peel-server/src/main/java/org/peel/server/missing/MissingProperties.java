package org.peel.server.missing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The missing-persons schedule ({@code peel.missing.*}). The College of Policing APP asks for risk to be reviewed at
 * every stage and high-risk cases far more often than low; it sets no fixed intervals, so these defaults are Peel's,
 * chosen to be cautious, and a force sets its own. See docs/missing.md.
 *
 * @param reviewInterval         how long after an assessment the next review is due, per grade
 * @param reviewDueSoon          how far ahead a review counts as due soon in the coordinator's view
 * @param returnInterviewWithin  how long after a return the return-home / prevention interview is due
 * @param repeatEpisodes         episodes within {@code repeatWindow} that make someone a repeat missing person
 * @param repeatWindow           the rolling window for counting repeat episodes
 */
@ConfigurationProperties("peel.missing")
public record MissingProperties(
        @DefaultValue ReviewIntervals reviewInterval,
        @DefaultValue("30m") Duration reviewDueSoon,
        @DefaultValue("72h") Duration returnInterviewWithin,
        @DefaultValue("3") int repeatEpisodes,
        @DefaultValue("365d") Duration repeatWindow) {

    /** Review intervals: high every hour, medium every 4 hours, low every 8 hours (a shift), no apparent risk daily. */
    public record ReviewIntervals(
            @DefaultValue("1h") Duration high,
            @DefaultValue("4h") Duration medium,
            @DefaultValue("8h") Duration low,
            @DefaultValue("24h") Duration noApparentRisk) {
    }

    public Duration reviewInterval(RiskGrade grade) {
        return switch (grade) {
            case HIGH -> reviewInterval.high();
            case MEDIUM -> reviewInterval.medium();
            case LOW -> reviewInterval.low();
            case NO_APPARENT_RISK -> reviewInterval.noApparentRisk();
        };
    }

    /** The defaults, for programs that run without Spring (the benchmark). */
    static MissingProperties defaults() {
        return new MissingProperties(new ReviewIntervals(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8),
                Duration.ofHours(24)), Duration.ofMinutes(30), Duration.ofHours(72), 3, Duration.ofDays(365));
    }
}
