package org.peel.server.platform;

/**
 * The force's policy asks for a reason for access before this operation ({@link JustificationPolicy}) and the request
 * gave none. Thrown inside the operation's transaction, so nothing it did is kept; the API answers 428 and the pages
 * ask for the reason.
 */
public class JustificationRequiredException extends RuntimeException {

    private final String operation;

    public JustificationRequiredException(String operation) {
        super("This force's policy asks for a reason before you " + operation + ": give it in the "
                + Justifications.HEADER + " header (the API) or the reason field (the pages). Nothing was done.");
        this.operation = operation;
    }

    /** What was to be done, in the officer's words ("print, export or disclose this person"). */
    public String operation() {
        return operation;
    }
}
