-- A recorded payment is kept as recorded: no UPDATE or DELETE (a refund would be recorded as its own entry).
create function forbid_payment_change() returns trigger language plpgsql as $$
begin
    raise exception 'a recorded payment cannot be changed' using errcode = 'integrity_constraint_violation';
end
$$;
create trigger billing_payment_immutable before update or delete on billing_payment
    for each row execute function forbid_payment_change();
