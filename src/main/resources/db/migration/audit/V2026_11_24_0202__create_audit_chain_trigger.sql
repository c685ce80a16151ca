-- Appending links the new row to the chain. The transaction-scoped advisory lock serialises writers, so
-- sequence numbers follow commit order and every row points at the row before it.
create function audit_event_chain() returns trigger
    language plpgsql
as $$
declare
    last_seq  bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(7277001);
    select seq, row_hash into last_seq, last_hash from audit_event order by seq desc limit 1;
    if last_seq is null then
        new.seq := 1;
        new.prev_hash := decode(repeat('00', 32), 'hex');
    else
        new.seq := last_seq + 1;
        new.prev_hash := last_hash;
    end if;
    new.occurred_at := date_trunc('microseconds', clock_timestamp());
    new.row_hash := audit_event_hash(new);
    return new;
end;
$$;

create trigger audit_event_chain
    before insert on audit_event
    for each row execute function audit_event_chain();
