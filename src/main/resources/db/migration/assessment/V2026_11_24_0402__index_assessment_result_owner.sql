-- An account's results, newest first.
create index assessment_result_owner on assessment_result (owner_account_id, created_at desc)
    where owner_account_id is not null;
