/**
 * The lawful log of collection, alteration, consultation, disclosure, combination and erasure
 * (Data Protection Act 2018, s.62). {@link org.peel.server.audit.AuditLog} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.peel.server.audit;
