-- Tamper evidence for the lawful log: each entry carries its place in one chain (chain_seq, no gaps) and a SHA-256
-- hash over its content and the previous entry's hash (entry_hash); audit_chain_head holds the last place and hash.
-- Writers lock the head row (SELECT ... FOR UPDATE) in the transaction that writes the entry, so the chain has one
-- order whatever the number of writers. V91 (Java) chains the entries written before this migration; the per-database
-- V92 makes the table refuse UPDATE and DELETE.
ALTER TABLE audit_entry ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_entry ADD COLUMN entry_hash VARCHAR(64);
CREATE UNIQUE INDEX audit_entry_chain ON audit_entry (chain_seq);

CREATE TABLE audit_chain_head (
    id         INT         PRIMARY KEY CHECK (id = 1),
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
