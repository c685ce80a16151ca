-- A separate consent: "count my diary in my clinic's published results" (de-identified), for the outcomes module.
alter table consent drop constraint consent_scope_check,
    add constraint consent_scope_check check (scope in ('ASSESSMENT_RESULTS', 'DIARY', 'PUBLISHED_RESULTS'));
