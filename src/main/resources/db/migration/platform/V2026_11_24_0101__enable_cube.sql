-- Required by earthdistance.
create extension if not exists cube;
