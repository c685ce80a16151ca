-- Great-circle distances and indexable bounding boxes for the provider radius search.
create extension if not exists earthdistance;
