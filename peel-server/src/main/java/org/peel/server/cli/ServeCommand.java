package org.peel.server.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.peel.server.PeelApplication;
import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the web server: the API under /api, the officers' pages, and the operations endpoints. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the Peel server. Uses the embedded database under --data unless "
                + "spring.datasource.url (or SPRING_DATASOURCE_URL) points at PostgreSQL.")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--demo", description = "Fill an empty database with a synthetic population and demo sign-ins.")
    boolean demo;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", description = "Data directory for the embedded database and the search index "
            + "(default: ./peel-data).")
    Path dataDirectory;

    @Override
    public Integer call() {
        List<String> properties = new ArrayList<>();
        properties.add("--server.port=" + port);
        properties.add("--peel.demo=" + demo);
        if (dataDirectory != null) {
            properties.add("--peel.data-dir=" + dataDirectory.toAbsolutePath());
        }
        SpringApplication.run(PeelApplication.class, properties.toArray(String[]::new));
        return 0;
    }
}
