-- The clinic's home lists recent PHQ-9 answers with item 9 above 0.
create index questionnaire_response_self_harm_idx on questionnaire_response (clinic_id, answered_on)
    where self_harm;
