package org.peel.server.search;

import java.util.List;

/**
 * Where a module recognises its own references in what an officer types into the one search box on the home page
 * ("INC-2026-000123", "crm 2026 123", a vehicle registration, a phone number, a postcode). A module that owns records
 * with references provides a bean of this type; the search page asks every finder first, goes straight to the record
 * when exactly one is found, lists them when several are, and falls back to name search when none is.
 *
 * <p>A finder answers quickly and in a fixed number of queries; it returns nothing (not an error) for text that is
 * not one of its references, and leaves out records the current user may not see. It checks the caller's permission
 * and audits what it returns as its own module's services do.
 */
public interface ReferenceFinder {

    /** The records whose reference matches {@code typed} (as the officer typed it), best first, at most {@code limit}. */
    List<FoundRecord> find(String typed, int limit);

    /**
     * A record found by its reference.
     *
     * @param kind        what kind of record it is, as officers say it ("Incident", "Vehicle")
     * @param reference   the record's reference as Peel writes it ("INC-2026-000123", "AB12 CDE")
     * @param description one line about the record, or null
     * @param href        the record's own page, for example {@code /incidents/123}
     */
    record FoundRecord(String kind, String reference, String description, String href) {
    }
}
