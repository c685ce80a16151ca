-- Row-level security on consent, a second fence behind the services' own checks: a transaction sees only the
-- consents of the account it acts for (app.account_id): the patient's own, or, for clinic staff, those given
-- to their clinics. Without app.account_id it sees nothing (fails closed). Writes only as the patient.
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'ketapath_fenced') then
        execute 'grant select, insert, update on consent to ketapath_fenced';
        execute 'grant select on clinic_membership to ketapath_fenced';
        execute 'grant select on account to ketapath_fenced';
    end if;
end
$$;

alter table consent enable row level security;
alter table consent force row level security;

create policy consent_fence on consent
    using (
        patient_id = nullif(current_setting('app.account_id', true), '')::uuid
        or clinic_id in (select m.clinic_id from clinic_membership m
                         where m.account_id = nullif(current_setting('app.account_id', true), '')::uuid))
    with check (patient_id = nullif(current_setting('app.account_id', true), '')::uuid);
