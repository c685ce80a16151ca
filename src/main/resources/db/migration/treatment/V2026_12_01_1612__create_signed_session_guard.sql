-- Refuses any change to the rows of a signed session record (parts: insert, update, delete; the session row
-- itself: update and delete once signed). Amendments are appended to session_amendment instead.
create function refuse_signed_session_change() returns trigger language plpgsql as $$
declare
    target uuid;
begin
    if tg_table_name = 'treatment_session' then
        if old.status = 'SIGNED' then
            raise exception 'treatment session % is signed and cannot be changed', old.id
                using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    target := case when tg_op = 'INSERT' then new.session_id else old.session_id end;
    if exists (select 1 from treatment_session where id = target and status = 'SIGNED') then
        raise exception 'treatment session % is signed and cannot be changed', target
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;
