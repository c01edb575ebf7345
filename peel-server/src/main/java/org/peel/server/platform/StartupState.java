package org.peel.server.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether Peel has finished starting: every start-up task has run (demo data recorded, the search index caught up
 * with it). Pages served before then say that data is still loading, rather than "No one found".
 */
@Component
public class StartupState {

    private static final Logger log = LoggerFactory.getLogger(StartupState.class);

    private volatile boolean ready;

    /** Whether start-up has finished. */
    public boolean ready() {
        return ready;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startedUp() {
        ready = true;
        log.info("Peel is ready: start-up tasks have finished and the search index is up to date");
    }
}
