-- The ledger of the migration that links existing address rows (incidents, crimes, people's addresses, missing-person
-- episodes' last-seen places) to locations (places.AddressLinkingMigration, version 72, which runs after this one).
-- Every row it reads gets one ledger row: the location it was linked to, or the reason it was not, so that for each
-- source table the rows read equal the rows linked plus the rows listed with a reason. source_key is the row's id
-- (person_id:position for a person's address).
CREATE TABLE location_migration (
    source_table  VARCHAR(40)   NOT NULL,
    source_key    VARCHAR(40)   NOT NULL,
    location_id   BIGINT        REFERENCES location (id),
    reason        VARCHAR(300),
    migrated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source_table, source_key)
);
