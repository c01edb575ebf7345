package org.peel.server.platform;

import org.springframework.security.access.AccessDeniedException;

/**
 * A record restricted on a need-to-know basis was asked for by someone it is not open to: answered 403, saying whom to
 * contact, on the API and the pages alike. The refusal is already in the audit log when this is thrown.
 */
public class RestrictedRecordException extends AccessDeniedException {

    private final String owner;

    public RestrictedRecordException(String recordType, Object recordId, String owner) {
        super(recordType + " " + recordId + " is a restricted record: contact its owner, " + owner);
        this.owner = owner;
    }

    /** Whom to contact about the record: the user who restricted it. */
    public String owner() {
        return owner;
    }
}
