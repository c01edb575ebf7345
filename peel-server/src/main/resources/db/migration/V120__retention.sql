-- Retention under MoPI (issue 13 item 7). Each person's review: the MoPI group worked out from the records linked to
-- them (reference/retention-offences.csv), the day of their latest activity, and the day they are next due for review
-- (the review period of the group, reference/retention-groups.csv, after the later of that activity and the last
-- review that kept the record). V121 fills it for the people already recorded.
CREATE TABLE person_retention (
    person_id         BIGINT        NOT NULL PRIMARY KEY REFERENCES person (id),
    retention_group   VARCHAR(8)    NOT NULL,
    last_activity_on  DATE          NOT NULL,
    next_review_on    DATE          NOT NULL,
    reviewed_on       DATE,
    reviewed_by       VARCHAR(64),
    review_reason     VARCHAR(2000)
);
-- The review queue reads the people due, oldest due first.
CREATE INDEX person_retention_due ON person_retention (next_review_on, person_id);

-- The tombstone of an erased person: the person row (id and creation) stays, so the id is never used again and links
-- from other records still lead somewhere; every personal detail is gone from the person tables and their history.
CREATE TABLE person_erasure (
    person_id   BIGINT        NOT NULL PRIMARY KEY REFERENCES person (id),
    erased_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_by   VARCHAR(64)   NOT NULL,
    reason      VARCHAR(2000) NOT NULL
);
