-- Radius search: GiST over (state, point on the earth) so one index scan both picks the patient's state and
-- the earth_box around the ZIP centroid (btree_gist lets the state equality share the GiST index).
CREATE INDEX provider_search_state_earth_idx ON provider_search USING gist (state, ll_to_earth(latitude, longitude));
