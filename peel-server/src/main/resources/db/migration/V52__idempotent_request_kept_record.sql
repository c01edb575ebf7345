-- The record an idempotent request wrote, noted in the same transaction as the record: when the server stops before
-- it stores its answer, the request sent again with the same key is told the record exists instead of making another.
ALTER TABLE idempotent_request ADD COLUMN kept_record VARCHAR(100);
