-- Confirmed home readings count in the control rates (docs/indicators.md): whether a reading was on target is
-- classified when a clinician confirms it, by the same rule set as a follow-up, and kept with the reading.
alter table familydoctor_device_reading add column on_target boolean;
create index familydoctor_device_confirmed on familydoctor_device_reading (resident_id, measured_at)
    where status = 'CONFIRMED';

-- 双向转诊, the hospital side: a referral is addressed to a hospital (the one of the station's medical community
-- unless the doctor names another); a hospital doctor accepts it, records the outcome and refers the patient back
-- down (下转) with advice for the station, which sees the return on its worklist.
alter table familydoctor_referral
    add column to_unit_id       bigint,
    add column to_unit_path     varchar(200) collate "C",
    add column hospital_status  varchar(10) not null default 'SENT'
        check (hospital_status in ('SENT', 'ACCEPTED', 'RETURNED')),
    add column accepted_on      date,
    add column accepted_by      varchar(50),
    add column hospital_outcome varchar(500),
    add column returned_on      date,
    add column returned_by      varchar(50),
    add column return_advice    varchar(500);
create index familydoctor_referral_hospital on familydoctor_referral (to_unit_path, hospital_status, referred_on);
