-- Search projection: one row per verified clinic and state in which one of its practitioners holds a
-- VERIFIED licence, with the latest expiry (the query still checks it against today's date), the primary
-- location's point (computed once here, so queries skip the earth domain's per-row checks) and the filterable
-- facts. Rebuilt per clinic by SearchProjection whenever its inputs change.
CREATE TABLE provider_search (
    clinic_id              uuid             NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    state                  char(2)          NOT NULL,
    licence_expires_on     date             NOT NULL,
    latitude               double precision NOT NULL,
    longitude              double precision NOT NULL,
    point                  cube             NOT NULL, -- ll_to_earth(latitude, longitude) as a plain cube
    name                   text             NOT NULL,
    street                 text             NOT NULL,
    city                   text             NOT NULL,
    address_state          char(2)          NOT NULL,
    zip                    char(5)          NOT NULL,
    at_home                boolean          NOT NULL,
    modalities             text[]           NOT NULL,
    conditions             text[]           NOT NULL,
    accepting_new_patients boolean          NOT NULL,
    infusion_price_usd     numeric(8, 2),
    rating                 numeric(3, 2),
    review_count           integer          NOT NULL DEFAULT 0,
    PRIMARY KEY (clinic_id, state)
);
