package org.peel.server.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Every "now" in Peel comes from this clock, so that deadlines can be tested without waiting. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ForceCalendar forceCalendar(PeelProperties properties, Clock clock) {
        return new ForceCalendar(properties.forceZone(), clock);
    }
}
