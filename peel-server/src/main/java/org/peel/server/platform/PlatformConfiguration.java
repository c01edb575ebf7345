package org.peel.server.platform;

import java.time.Clock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Every "now" in Peel comes from this clock, so that deadlines can be tested without waiting. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The embedded database's files: owner-only, no trace file, encrypted when a key is configured. */
    @Bean
    static EmbeddedDatabaseProtection embeddedDatabaseProtection(Environment environment) {
        return new EmbeddedDatabaseProtection(environment);
    }

    /** Once started, every file the start wrote under the data directory (database, index, log) is owner-only too. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> dataDirectoryForItsOwnerOnly(PeelProperties properties) {
        return ready -> EmbeddedDatabaseProtection.restrictToOwner(properties.dataDirectory());
    }

    @Bean
    ForceCalendar forceCalendar(PeelProperties properties, Clock clock) {
        return new ForceCalendar(properties.forceZone(), clock);
    }
}
