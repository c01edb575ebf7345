-- Idempotent intake: the first answer to each (user, Idempotency-Key), so that a request sent again (a double
-- click, a retry after a lost connection, an offline queue catching up) is answered again and stored once.
CREATE TABLE idempotent_request (
    username          VARCHAR(64)   NOT NULL,
    idempotency_key   VARCHAR(128)  NOT NULL,
    request_hash      VARCHAR(64)   NOT NULL,
    request_id        VARCHAR(64),
    claimed_by        VARCHAR(64)   NOT NULL,
    claimed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status   INTEGER,
    content_type      VARCHAR(200),
    location          VARCHAR(2000),
    response_body     VARCHAR(1000000),
    completed_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (username, idempotency_key)
);
CREATE INDEX idempotent_request_claimed ON idempotent_request (claimed_at);
