-- Every version of a person, written in the transaction that changes the person: the person as they were before the
-- first change (when not already kept) and as they are after each one, so any earlier version can be reconstructed
-- although the current-state tables (person_name, person_address, ...) are replaced on each change.
CREATE TABLE person_version (
    person_id    BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    content      TEXT          NOT NULL,
    PRIMARY KEY (person_id, version)
);
