-- Packages of sessions at a fixed price, valid for a number of days from the first session when limited.
create table billing_package (
    id           uuid         primary key,
    clinic_id    uuid         not null references billing_price_list (clinic_id) on delete cascade,
    position     smallint     not null check (position between 0 and 19),
    name         varchar(100) not null check (length(name) between 1 and 100),
    service      varchar(24)  not null
                 check (service in ('IV_INFUSION', 'IM_INJECTION', 'AT_HOME_SESSION', 'ESKETAMINE_SESSION')),
    sessions     integer      not null check (sessions between 2 and 50),
    amount_cents bigint       not null check (amount_cents >= 0),
    valid_days   integer      check (valid_days between 1 and 730),
    unique (clinic_id, position)
);
