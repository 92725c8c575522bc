-- The per-installation secret of the patient link (HMAC of the ID number). Generated on first start unless
-- rhp.prescription-review.patient-key-secret is configured; a plain hash of an ID number could be reversed by trying
-- every birth date, region and sequence number.
create table prescriptionreview_key (
    id     int   primary key check (id = 1),
    secret bytea not null
);
