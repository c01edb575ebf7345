-- The surname in capitals, so that the database can answer an exact-name lookup whatever the case it was typed in
-- (search falls back to it while its index catches up). Written by the people module from then on.
ALTER TABLE person_name ADD COLUMN surname_key VARCHAR(100);
UPDATE person_name SET surname_key = UPPER(surname) WHERE surname IS NOT NULL;
CREATE INDEX person_name_surname_key ON person_name (surname_key);
