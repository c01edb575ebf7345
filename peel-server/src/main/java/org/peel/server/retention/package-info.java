/**
 * Retention under the Management of Police Information (MoPI): each person's retention group and next review date
 * (from the reference files {@code retention-groups.csv} and {@code retention-offences.csv}), the review queue, and a
 * supervisor's decision at review: retain (with a reason, moving the next review on) or erase (through
 * {@link org.peel.server.people.People#erase}, which leaves a tombstone and the audit trail).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention")
package org.peel.server.retention;
