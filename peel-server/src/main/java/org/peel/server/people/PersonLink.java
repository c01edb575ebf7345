package org.peel.server.people;

import java.time.Instant;

/**
 * A record that a person is linked to, shown in the "Linked records" section of the person's page.
 *
 * @param kind        what kind of record it is, as officers say it ("Crime", "Missing-person episode")
 * @param reference   the record's reference ("CRM-2026-001234")
 * @param role        the person's part in it ("Suspect", "Victim", "Missing person"), or null
 * @param at          when the record was made (recorded, reported), shown as the force's day
 * @param status      where the record stands, in words ("Under investigation", "Open", "Returned")
 * @param description one line about the record, or null
 * @param href        where the record's own page is, for example {@code /crimes/1234}
 */
public record PersonLink(String kind, String reference, String role, Instant at, String status, String description,
                         String href) {
}
