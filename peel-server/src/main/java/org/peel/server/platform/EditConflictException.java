package org.peel.server.platform;

/**
 * Someone else changed the record since the caller read it. Answered as 409 so that no officer
 * silently overwrites another's work.
 */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String recordType, Object id, long expectedVersion, long currentVersion) {
        super("The " + recordType + " " + id + " was changed by someone else after you opened it"
                + " (you edited version " + expectedVersion + ", it is now at version " + currentVersion
                + "). Reload it, check their changes, and make yours again.");
    }
}
