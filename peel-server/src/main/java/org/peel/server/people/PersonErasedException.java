package org.peel.server.people;

/** The person asked for was erased: only the tombstone is left. */
public class PersonErasedException extends RuntimeException {

    private final transient Erasure erasure;

    public PersonErasedException(Erasure erasure) {
        super("person " + erasure.personId() + " was erased on " + erasure.erasedAt() + " by " + erasure.erasedBy());
        this.erasure = erasure;
    }

    public Erasure erasure() {
        return erasure;
    }
}
