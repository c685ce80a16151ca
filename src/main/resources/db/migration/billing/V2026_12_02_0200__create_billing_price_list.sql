-- A clinic's price list: the consultation, what the prices include, payment options and fees (integer cents).
create table billing_price_list (
    clinic_id              uuid          primary key references clinic (id) on delete cascade,
    consultation_cents     bigint        not null check (consultation_cents >= 0),
    inclusions             varchar(1000) not null default '',
    self_pay               boolean       not null,
    hsa_fsa                boolean       not null,
    superbill_provided     boolean       not null,
    cancellation_fee_cents bigint        not null default 0 check (cancellation_fee_cents >= 0),
    no_show_fee_cents      bigint        not null default 0 check (no_show_fee_cents >= 0),
    updated_by             uuid,
    updated_at             timestamptz   not null
);
