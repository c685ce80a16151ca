-- The hash of one audit row: SHA-256 over a JSON array of every field (in a fixed order, timestamps in UTC
-- with microseconds) and the previous row's hash. Writing and verifying use this one function.
create function audit_event_hash(e audit_event) returns bytea
    language sql stable parallel safe
as $$
    select sha256(convert_to(json_build_array(
        e.seq,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.actor_id, e.actor_role, e.clinic_id, e.action, e.resource_type, e.resource_id, e.patient_id,
        e.outcome, e.ip_address, e.user_agent, encode(e.prev_hash, 'hex'))::text, 'UTF8'))
$$;
