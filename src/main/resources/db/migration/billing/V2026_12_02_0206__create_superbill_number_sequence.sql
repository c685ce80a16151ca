-- Superbill numbers people can quote ("SB-2026-000001"); a correction keeps its number with a new version.
create sequence superbill_number_seq;
