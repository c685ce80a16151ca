-- A role without login that identity switches to (SET LOCAL ROLE) around queries on row-fenced tables, so
-- row-level security applies even when the application connects as a superuser (the embedded default).
-- Roles are cluster-wide: create it only once, and only where the migrating user may create roles; where it
-- may not, the fence applies to the table owner directly (FORCE ROW LEVEL SECURITY).
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'ketapath_fenced') then
        begin
            create role ketapath_fenced nologin;
            execute format('grant ketapath_fenced to %I', current_user);
        exception when insufficient_privilege then
            raise notice 'ketapath_fenced not created (no CREATEROLE); row security applies to the owner';
        end;
    end if;
end
$$;
