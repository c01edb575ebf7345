package org.peel.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.peel.server.continuity.EmbeddedBackup;
import org.peel.server.people.People;
import org.peel.server.search.SearchIndexMaintenance;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Restores a backup into an empty data directory and rebuilds the search index from it. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup made by 'peel backup' into a data directory that holds no database yet, "
                + "then rebuild the search index.")
class RestoreCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, description = "The backup file (.zip) to restore.")
    Path backup;

    @Option(names = "--data", required = true, description = "The data directory to restore into (empty).")
    Path dataDirectory;

    @Override
    public Integer call() {
        try {
            EmbeddedBackup.restore(backup, dataDirectory);
        } catch (IllegalArgumentException e) {
            System.err.println("Restore failed: " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandContext.start(dataDirectory)) {
            long total = context.getBean(People.class).count();
            ProgressBar progress = new ProgressBar(System.err, "people indexed", total);
            long indexed = context.getBean(SearchIndexMaintenance.class).rebuild(progress::update);
            progress.finish(indexed);
            System.out.printf("Restored %s into %s and rebuilt the person index (%,d people).%n", backup,
                    dataDirectory.toAbsolutePath(), indexed);
            return 0;
        }
    }
}
