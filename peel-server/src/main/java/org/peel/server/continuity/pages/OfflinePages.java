package org.peel.server.continuity.pages;

import org.peel.server.access.Role;
import org.peel.server.web.OfficerPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page that shows what an officer recorded on this device while Peel could not be reached: each record's state
 * (saved on this device and not yet sent, sent, or back with something to fix) and the forms that open offline. The
 * list itself lives in the browser (IndexedDB) and is drawn by {@code offline.js}; the service worker keeps a copy of
 * this page so that it opens without the server.
 */
@OfficerPage
class OfflinePages {

    @GetMapping("/offline")
    @PreAuthorize(Role.WRITE_RECORDS)
    String savedOnThisDevice() {
        return "continuity/offline";
    }
}
