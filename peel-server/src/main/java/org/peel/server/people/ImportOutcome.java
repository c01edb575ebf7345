package org.peel.server.people;

import java.util.List;

import org.peel.server.platform.FieldError;

/** What became of one person given to {@link People#importAll}: stored with a new id, or rejected with reasons. */
public sealed interface ImportOutcome {

    record Stored(long personId) implements ImportOutcome {
    }

    record Rejected(List<FieldError> errors) implements ImportOutcome {
    }
}
