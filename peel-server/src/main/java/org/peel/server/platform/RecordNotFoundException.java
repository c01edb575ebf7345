package org.peel.server.platform;

/** A record that does not exist (or that the caller may not know exists). Answered as 404. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType, Object id) {
        super("There is no " + recordType + " with id " + id);
    }
}
