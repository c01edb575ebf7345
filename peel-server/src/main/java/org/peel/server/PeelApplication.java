package org.peel.server;

import org.peel.server.cli.PeelCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import picocli.CommandLine;

/**
 * Peel, one deployable server. {@code java -jar peel.jar serve} starts it; the other commands
 * ({@code import}, {@code search}, {@code reindex}) run against the same database and index.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PeelApplication {

    public static void main(String[] args) {
        int exitCode = new CommandLine(new PeelCommand()).execute(args);
        if (exitCode != 0 || !PeelCommand.keepsRunning(args)) {
            System.exit(exitCode);
        }
    }
}
