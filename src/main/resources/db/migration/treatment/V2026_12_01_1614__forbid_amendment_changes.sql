-- Amendments are append-only.
create function refuse_amendment_change() returns trigger language plpgsql as $$
begin
    raise exception 'amendments cannot be changed or removed' using errcode = 'check_violation';
end;
$$;
create trigger session_amendment_append_only before update or delete on session_amendment
    for each row execute function refuse_amendment_change();
