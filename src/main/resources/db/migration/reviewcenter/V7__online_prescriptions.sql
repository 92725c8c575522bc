-- Online prescriptions of 互联网复诊 (issue 18) on the pharmacists' queue: which stored prescription is which online
-- prescription of module consultation, so the decision goes back to it.
create table prescriptionreview_online (
    prescription_id         bigint primary key references prescriptionreview_prescription (id),
    online_prescription_id  bigint not null unique,
    consultation_id         bigint not null
);
