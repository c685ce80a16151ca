-- Receipt numbers people can quote ("R-2026-000001").
create sequence receipt_number_seq;
