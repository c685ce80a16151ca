-- A location is one clinic's: (id, clinic_id) is a key, so rows of other modules can name both (a chair does).
ALTER TABLE clinic_location ADD CONSTRAINT clinic_location_id_clinic_key UNIQUE (id, clinic_id);
