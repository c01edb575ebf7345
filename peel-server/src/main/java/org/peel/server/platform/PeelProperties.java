package org.peel.server.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a Peel installation.
 *
 * @param dataDirectory where the embedded database and the search index live ({@code peel.data-dir})
 * @param demo          fill an empty database with a synthetic population and demo sign-ins
 * @param adminPassword the password for the first {@code admin} account; generated and printed when empty
 */
@ConfigurationProperties("peel")
public record PeelProperties(
        @DefaultValue("./peel-data") Path dataDir,
        @DefaultValue("false") boolean demo,
        String adminPassword) {

    public Path dataDirectory() {
        return dataDir.toAbsolutePath().normalize();
    }
}
