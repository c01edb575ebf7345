package org.peel.server.web;

/**
 * A record that a person is linked to, shown in the "Linked records" section of the person's page.
 *
 * @param kind        what kind of record it is, as officers say it ("Crime", "Missing person report")
 * @param reference   the record's reference ("CR/2026/001234")
 * @param role        the person's part in it ("Suspect", "Victim", "Missing person"), or null
 * @param description one line about the record, or null
 * @param href        where the record's own page is, for example {@code /crimes/1234}
 */
public record PersonLink(String kind, String reference, String role, String description, String href) {
}
