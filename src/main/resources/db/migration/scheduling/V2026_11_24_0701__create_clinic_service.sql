-- The services a clinic offers and their durations, within the bounds of each kind of visit.
create table clinic_service (
    clinic_id        uuid        not null,
    service          varchar(20) not null check (service in ('FREE_CONSULT', 'IV_INFUSION', 'IM_INJECTION', 'AT_HOME_SESSION')),
    pre_minutes      integer     not null default 0 check (pre_minutes between 0 and 60),
    main_minutes     integer     not null check (main_minutes between 5 and 180),
    post_minutes     integer     not null default 0 check (post_minutes between 0 and 120),
    buffer_before    integer     not null default 0 check (buffer_before between 0 and 60),
    buffer_after     integer     not null default 0 check (buffer_after between 0 and 60),
    primary key (clinic_id, service),
    check (service <> 'FREE_CONSULT' or (main_minutes between 15 and 30 and pre_minutes = 0 and post_minutes = 0)),
    check (service <> 'IV_INFUSION' or (main_minutes between 40 and 60 and post_minutes between 20 and 60 and pre_minutes >= 5)),
    check (service <> 'AT_HOME_SESSION' or pre_minutes + main_minutes + post_minutes between 120 and 180)
);
