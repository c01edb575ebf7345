package org.peel.server.cli;

import picocli.CommandLine.Command;

/** The {@code peel} command: each sub-command is one job an operator or analyst runs. */
@Command(name = "peel",
        mixinStandardHelpOptions = true,
        versionProvider = PeelVersion.class,
        description = "Peel police records management system.",
        subcommands = {ServeCommand.class, ImportCommand.class, SearchCommand.class, ReindexCommand.class,
                UserCommand.class, AuditCommand.class, BackupCommand.class, RestoreCommand.class, DrainCommand.class})
public class PeelCommand implements Runnable {

    /** Whether the command line starts something that keeps running after main returns (the server). */
    public static boolean keepsRunning(String[] args) {
        return args.length > 0 && args[0].equals("serve");
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "Name a command: serve, import, search, reindex, user, audit, backup or restore (try --help).");
    }
}
