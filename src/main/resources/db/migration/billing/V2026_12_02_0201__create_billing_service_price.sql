-- The price of one session of each service a clinic prices singly.
create table billing_service_price (
    clinic_id    uuid        not null references billing_price_list (clinic_id) on delete cascade,
    service      varchar(24) not null
                 check (service in ('IV_INFUSION', 'IM_INJECTION', 'AT_HOME_SESSION', 'ESKETAMINE_SESSION')),
    amount_cents bigint      not null check (amount_cents >= 0),
    primary key (clinic_id, service)
);
