package org.peel.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.peel.server.continuity.LocalOperations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Takes a running server out of its load balancer's rotation before it is stopped for an upgrade. */
@Command(name = "drain", mixinStandardHelpOptions = true,
        description = "Take the server running on this data directory out of rotation: its readiness "
                + "(/actuator/health/readiness) goes down so the load balancer sends it no new requests, while "
                + "requests already running finish. Then stop it (SIGTERM waits for what is still running).")
class DrainCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "./peel-data",
            description = "Data directory of the running server (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Override
    public Integer call() {
        try {
            System.out.println(LocalOperations.drain(dataDirectory) + ": " + dataDirectory
                    + " is out of rotation; stop the server once its in-flight requests end.");
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("Drain failed: " + e.getMessage());
            return 2;
        }
    }
}
