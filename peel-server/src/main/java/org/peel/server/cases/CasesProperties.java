package org.peel.server.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the investigations module ({@code peel.cases.*}). See docs/cases.md.
 *
 * @param reviewInterval      how long after opening or the last review the next supervisor review is due, by priority
 * @param inactiveAfter       an active investigation with no write for this long is listed as inactive in the team view
 * @param policyRules         where the policy rules file is (a Spring resource location: classpath: or file:)
 */
@ConfigurationProperties("peel.cases")
public record CasesProperties(
        @DefaultValue ReviewIntervals reviewInterval,
        @DefaultValue("14d") Duration inactiveAfter,
        @DefaultValue("classpath:reference/policy-rules.csv") String policyRules) {

    /** Review intervals: every 28 days by default, every 7 days for high priority. */
    public record ReviewIntervals(
            @DefaultValue("7d") Duration high,
            @DefaultValue("28d") Duration standard,
            @DefaultValue("28d") Duration low) {
    }

    public Duration reviewInterval(Priority priority) {
        return switch (priority) {
            case HIGH -> reviewInterval.high();
            case STANDARD -> reviewInterval.standard();
            case LOW -> reviewInterval.low();
        };
    }
}
