-- Exclusion constraints over time ranges with equality on ids (no double booking): scheduling.
create extension if not exists btree_gist;
