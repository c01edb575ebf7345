package org.peel.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.peel.server.people.People;
import org.peel.server.search.SearchIndexMaintenance;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Throws away this server's person index and builds it again from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the person search index from the database (stop the server first when it uses the same --data).")
class ReindexCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Data directory of the embedded database and index (default: ./peel-data).")
    Path dataDirectory;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = CommandContext.start(dataDirectory)) {
            long total = context.getBean(People.class).count();
            ProgressBar progress = new ProgressBar(System.err, "people indexed", total);
            long started = System.nanoTime();
            long indexed = context.getBean(SearchIndexMaintenance.class).rebuild(progress::update);
            progress.finish(indexed);
            System.out.printf("Rebuilt the person index: %,d people in %.1f s.%n", indexed,
                    (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }
}
