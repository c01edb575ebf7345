package org.peel.server.platform;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a Peel installation.
 *
 * @param dataDirectory where the embedded database and the search index live ({@code peel.data-dir})
 * @param demo          fill an empty database with a synthetic population and demo sign-ins
 * @param adminPassword the password for the first {@code admin} account; generated and printed when empty
 * @param forceZone     the force's time zone ({@code peel.force-zone}): its days, years and local times, which
 *                      reference numbers, counts by day and the pages' date fields follow
 */
@ConfigurationProperties("peel")
public record PeelProperties(
        @DefaultValue("./peel-data") Path dataDir,
        @DefaultValue("false") boolean demo,
        String adminPassword,
        @DefaultValue("Europe/London") ZoneId forceZone) {

    /** The force's time zone unless {@code peel.force-zone} says otherwise. */
    public static final ZoneId DEFAULT_FORCE_ZONE = ZoneId.of("Europe/London");

    @ConstructorBinding
    public PeelProperties {
    }

    /** Settings in the default force time zone, for tools and tests that build them by hand. */
    public PeelProperties(Path dataDir, boolean demo, String adminPassword) {
        this(dataDir, demo, adminPassword, DEFAULT_FORCE_ZONE);
    }

    public Path dataDirectory() {
        return dataDir.toAbsolutePath().normalize();
    }
}
