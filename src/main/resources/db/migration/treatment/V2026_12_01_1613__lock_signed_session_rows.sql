-- The guard on the session row and on every part of the record.
create trigger treatment_session_locked before update or delete on treatment_session
    for each row execute function refuse_signed_session_change();
create trigger session_pre_check_locked before insert or update or delete on session_pre_check
    for each row execute function refuse_signed_session_change();
create trigger session_vitals_locked before insert or update or delete on session_vitals
    for each row execute function refuse_signed_session_change();
create trigger session_dose_locked before insert or update or delete on session_dose
    for each row execute function refuse_signed_session_change();
create trigger session_flag_locked before insert or update or delete on session_flag
    for each row execute function refuse_signed_session_change();
create trigger session_score_locked before insert or update or delete on session_score
    for each row execute function refuse_signed_session_change();
create trigger session_event_locked before insert or update or delete on session_event
    for each row execute function refuse_signed_session_change();
create trigger session_discharge_locked before insert or update or delete on session_discharge
    for each row execute function refuse_signed_session_change();
