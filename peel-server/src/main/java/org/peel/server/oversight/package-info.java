/**
 * Oversight for professional standards: the pages on which an AUDITOR reads the lawful log (who accessed a record,
 * what a user looked at). The log itself, its rules and its JSON API belong to {@code audit}; these pages live apart
 * because the officers' layout kit ({@code web}) reaches the search module, which writes to the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight",
        allowedDependencies = {"platform", "access", "audit", "web"})
package org.peel.server.oversight;
