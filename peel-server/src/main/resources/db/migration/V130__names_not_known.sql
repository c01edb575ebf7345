-- A surname or forenames that are not known are a recorded state, not an empty string: the part is NULL and its
-- flag says why. A name always has at least one part known (the people module checks it; the constraint holds it).
ALTER TABLE person_name ALTER COLUMN surname DROP NOT NULL;
ALTER TABLE person_name ADD COLUMN surname_not_known BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE person_name ADD COLUMN forenames_not_known BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE person_name ADD CONSTRAINT person_name_surname_or_not_known
    CHECK (surname IS NOT NULL OR surname_not_known);
