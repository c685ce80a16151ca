-- Used by StartupFailureTests: a migration that cannot apply.
create table this_is_not_sql (;
