-- Pages and pharmacist review of online prescriptions (issue 18): the resident's name as shared with the consulting
-- institution (real-name consultation, shown to its doctors), the review center's decision coming back to the
-- consultation, and the drug lines as JSON.
alter table consultation_consultation add column resident_name varchar(50);
alter table consultation_prescription add column prescriber_name varchar(50);
alter table consultation_prescription add column review_note varchar(500);
alter table consultation_prescription add column reviewed_by varchar(64);
alter table consultation_prescription add column reviewed_at timestamptz;
create index consultation_prescription_of on consultation_prescription (consultation_id, created_at);
