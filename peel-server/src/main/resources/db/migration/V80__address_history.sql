-- Address history: an address is kept, with the dates the person lived there, when a newer one replaces it.
-- Both dates may be unknown (addresses recorded before this change have neither). An address with no to_date is
-- current; ending it sets to_date. Expand only: old servers ignore the new columns during a rolling upgrade.
ALTER TABLE person_address ADD COLUMN from_date DATE;
ALTER TABLE person_address ADD COLUMN to_date DATE;
