package org.peel.server.audit;

/**
 * The kinds of processing that the Data Protection Act 2018, section 62, requires a law-enforcement
 * system to log, and the attempts a force's professional standards department looks for beside them.
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
    ERASURE,
    /** Beyond section 62: a sign-in that failed (the user name is the one given). */
    SIGN_IN_FAILED,
    /** Beyond section 62: a signed-in user was refused (403) something their roles do not allow. */
    REFUSED
}
