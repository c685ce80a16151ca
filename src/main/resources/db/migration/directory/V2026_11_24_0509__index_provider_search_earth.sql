-- Radius search: GiST over (state, point on the earth as a cube) so one index scan both picks the patient's
-- state and the box around the ZIP centroid (btree_gist lets the state equality share the GiST index); the
-- exact great-circle check then runs on the few rows inside the box.
CREATE INDEX provider_search_state_point_idx ON provider_search USING gist (state, point);
