-- Incidents, crimes, people's addresses and missing-person episodes store the location their address resolved to
-- (platform.AddressLocations, places): the address text stays as typed, for display and for the record's history.
-- No foreign key: the location belongs to the places module and is read through its API. Expand only.
ALTER TABLE incident ADD COLUMN location_id BIGINT;
ALTER TABLE crime ADD COLUMN location_id BIGINT;
ALTER TABLE person_address ADD COLUMN location_id BIGINT;
ALTER TABLE missing_episode ADD COLUMN last_seen_location_id BIGINT;
CREATE INDEX incident_location ON incident (location_id);
CREATE INDEX crime_location ON crime (location_id);
CREATE INDEX person_address_location ON person_address (location_id);
CREATE INDEX missing_episode_last_seen_location ON missing_episode (last_seen_location_id);
