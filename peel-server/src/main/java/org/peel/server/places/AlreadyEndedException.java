package org.peel.server.places;

/** A link or warning that has already ended cannot be ended again: answered 409, nothing changed. */
public class AlreadyEndedException extends RuntimeException {

    public AlreadyEndedException(String what, long id, java.time.LocalDate endedOn, String endedBy) {
        super("The " + what + " " + id + " has already ended" + (endedOn == null ? "" : " (on " + endedOn + ")")
                + (endedBy == null ? "" : ", ended by " + endedBy) + ". It is kept as it was; record a new one if it "
                + "holds again.");
    }
}
