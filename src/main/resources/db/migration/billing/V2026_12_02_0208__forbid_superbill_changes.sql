-- An issued superbill is immutable: no UPDATE or DELETE, whoever asks (corrections are new versions).
create function forbid_superbill_change() returns trigger language plpgsql as $$
begin
    raise exception 'an issued superbill cannot be changed; issue a corrected version instead'
        using errcode = 'integrity_constraint_violation';
end
$$;
create trigger superbill_immutable before update or delete on superbill
    for each row execute function forbid_superbill_change();
