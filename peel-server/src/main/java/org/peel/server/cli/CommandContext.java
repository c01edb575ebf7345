package org.peel.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.peel.server.PeelApplication;
import org.peel.server.access.SystemIdentity;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs Peel without its web server for a command that does one job (import, batch search, reindex) on the same
 * database and index the server uses. It acts as the system identity ({@link SystemIdentity}), named after the
 * operating-system user who ran it, so the module APIs let it through and the audit log names that user.
 */
final class CommandContext {

    private CommandContext() {
    }

    static ConfigurableApplicationContext start(Path dataDirectory) {
        List<String> properties = new ArrayList<>();
        properties.add("--peel.search.follow=false");
        properties.add("--logging.level.root=WARN");
        properties.add("--logging.level.peel.requests=WARN");
        if (dataDirectory != null) {
            properties.add("--peel.data-dir=" + dataDirectory.toAbsolutePath());
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PeelApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(properties.toArray(String[]::new));
        SecurityContextHolder.getContext().setAuthentication(
                SystemIdentity.as("cli:" + System.getProperty("user.name", "unknown")));
        return context;
    }
}
