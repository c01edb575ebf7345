package org.peel.server.audit;

/**
 * The kinds of processing that the Data Protection Act 2018, section 62, requires a law-enforcement
 * system to log.
 */
public enum AuditAction {
    /** A record was created. */
    COLLECTION,
    /** A record was changed. */
    ALTERATION,
    /** A record was viewed, or people were searched for. */
    CONSULTATION,
    /** Data left Peel (an export, a disclosure to another body). */
    DISCLOSURE,
    /** Records were combined (a merge of two people). */
    COMBINATION,
    /** A record was erased or disposed of. */
    ERASURE
}
