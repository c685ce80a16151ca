-- At-home providers licensed in a state appear whatever the distance.
CREATE INDEX provider_search_at_home_idx ON provider_search (state) WHERE at_home;
