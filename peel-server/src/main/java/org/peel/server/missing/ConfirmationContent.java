package org.peel.server.missing;

/** A checked confirmation of the latest risk assessment: the episode's version and the supervisor's note. */
record ConfirmationContent(long version, String note) {
}
