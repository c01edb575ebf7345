-- Short-lived tokens for scripts (POST /api/tokens): only a SHA-256 hash of each token is kept, so a copy of the
-- database gives no usable token; each expires, and expired rows are removed when new tokens are issued.
CREATE TABLE api_token (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX api_token_expires ON api_token (expires_at);
