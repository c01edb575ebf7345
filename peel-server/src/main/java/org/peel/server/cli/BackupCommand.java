package org.peel.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.peel.server.continuity.EmbeddedBackup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** An online backup of the embedded database, taken while the server keeps running and writing. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the embedded database into a zip file, while the server runs (online) or not. "
                + "For PostgreSQL use pg_dump or point-in-time recovery (docs/operations.md).")
class BackupCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "./peel-data",
            description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(names = "--out", required = true, description = "The backup file to write (a new .zip file).")
    Path out;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        try {
            String how = EmbeddedBackup.backUp(dataDirectory, out);
            System.out.printf("Backed up %s to %s %s in %.1f s.%n", dataDirectory, out.toAbsolutePath(), how,
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("Backup failed: " + e.getMessage());
            return 2;
        }
    }
}
