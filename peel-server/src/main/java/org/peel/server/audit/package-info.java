/**
 * The lawful log of collection, alteration, consultation, disclosure, combination and erasure
 * (Data Protection Act 2018, s.62), and the one way to keep a record: {@link org.peel.server.audit.RecordKeeping}
 * writes a change's audit entry and change-log entry in the caller's transaction. The API:
 * {@link org.peel.server.audit.RecordKeeping}, {@link org.peel.server.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.peel.server.audit;
