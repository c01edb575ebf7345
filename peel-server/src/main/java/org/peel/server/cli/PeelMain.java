package org.peel.server.cli;

import picocli.CommandLine;

/** The entry point of {@code peel.jar}: reads the command line and runs the command it names. */
public final class PeelMain {

    private PeelMain() {
    }

    public static void main(String[] args) {
        int exitCode = new CommandLine(new PeelCommand()).execute(args);
        if (exitCode != 0 || !PeelCommand.keepsRunning(args)) {
            System.exit(exitCode);
        }
    }
}
