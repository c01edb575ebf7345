package org.peel.server.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peel.server.platform.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Consultations by live search, which searches again at each pause in the officer's typing: only the search the
 * officer settles on is logged. Each user's latest live search waits here for {@code peel.audit.settle} (default 3
 * seconds); a later live search by the same user that carries on the same typing (each field typed starts with the
 * other's) replaces it, as the officer never settled on the earlier one; anything else, or the wait running out,
 * writes it, with the time and reason of the moment it was shown. Waiting entries are written when the server stops;
 * a crash loses at most the last few seconds of live-search consultations (the search itself is still in the
 * request log).
 */
@Component
class SettlingConsultations {

    private record Waiting(List<String> typed, Instant shownAt, List<AuditChain.Link> entries) {
    }

    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration settle;
    private final Map<String, Waiting> waiting = new HashMap<>();

    SettlingConsultations(AuditLog auditLog, Clock clock, @Value("${peel.audit.settle:3s}") Duration settle) {
        this.auditLog = auditLog;
        this.clock = clock;
        this.settle = settle;
    }

    /** Holds a live search's consultations until the officer settles on it (see the class comment). */
    void shown(List<String> typed, String recordType, List<?> recordIds, String detail) {
        List<AuditChain.Link> entries = auditLog.prepareConsulted(recordType, recordIds, detail);
        Waiting earlier;
        synchronized (waiting) {
            earlier = waiting.put(CurrentUser.username(), new Waiting(typed, clock.instant(), entries));
        }
        if (earlier != null && !sameTyping(earlier.typed(), typed)) {
            auditLog.appendPrepared(earlier.entries());
        }
    }

    /** Writes every live search that has waited its time; runs every second. */
    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void writeSettled() {
        Instant settledBefore = clock.instant().minus(settle);
        List<AuditChain.Link> settled = new ArrayList<>();
        synchronized (waiting) {
            waiting.values().removeIf(search -> {
                if (search.shownAt().isAfter(settledBefore)) {
                    return false;
                }
                settled.addAll(search.entries());
                return true;
            });
        }
        auditLog.appendPrepared(settled);
    }

    @PreDestroy
    void writeAll() {
        List<AuditChain.Link> all = new ArrayList<>();
        synchronized (waiting) {
            waiting.values().forEach(search -> all.addAll(search.entries()));
            waiting.clear();
        }
        auditLog.appendPrepared(all);
    }

    private static boolean sameTyping(List<String> earlier, List<String> later) {
        if (earlier.size() != later.size()) {
            return false;
        }
        for (int i = 0; i < earlier.size(); i++) {
            String a = earlier.get(i).toLowerCase(Locale.ROOT).strip();
            String b = later.get(i).toLowerCase(Locale.ROOT).strip();
            if (!a.startsWith(b) && !b.startsWith(a)) {
                return false;
            }
        }
        return true;
    }
}
