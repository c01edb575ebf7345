-- The incident and crime lists (issue 12): newest first by default, filtered by day, officer or postcode.
CREATE INDEX incident_reported_at ON incident (reported_at);
CREATE INDEX incident_created_by ON incident (created_by, reported_at);
CREATE INDEX incident_postcode ON incident (location_postcode);
CREATE INDEX crime_recorded_by ON crime (recorded_by, recorded_at);
CREATE INDEX crime_postcode ON crime (location_postcode);
CREATE INDEX crime_offence ON crime (offence_code, recorded_at);
CREATE INDEX crime_status ON crime (status, recorded_at);
