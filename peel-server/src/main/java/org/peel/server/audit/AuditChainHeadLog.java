package org.peel.server.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Writes the audit chain's head to the server's log when the server starts and then every
 * {@code peel.audit.head-log-interval} (default 15 minutes), as {@code audit chain head seq=N hash=H}. The server's
 * log lives apart from the database, so removing entries from the end of the chain (which leaves the rest intact) is
 * found by {@code peel audit verify --log peel.log}: every head the log names must still be in the chain.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditChainHeadLog {

    static final String LOGGER = "peel.audit.chain";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    private final AuditChainVerifier chain;

    AuditChainHeadLog(AuditChainVerifier chain) {
        this.chain = chain;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        write();
    }

    @Scheduled(fixedDelayString = "${peel.audit.head-log-interval:15m}",
            initialDelayString = "${peel.audit.head-log-interval:15m}")
    void write() {
        AuditChain.Head head = chain.head();
        log.info("audit chain head seq={} hash={}", head.seq(), head.hash());
    }
}
