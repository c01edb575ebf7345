package org.peel.server.missing;

/** Whether an open episode's risk review is overdue, due soon or scheduled; worked out from the clock. */
public enum ReviewState {
    OVERDUE, DUE_SOON, SCHEDULED, CLOSED
}
