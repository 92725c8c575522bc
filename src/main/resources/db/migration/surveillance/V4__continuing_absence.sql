-- New versus continuing sick absence (issue 16 item 6): of the sick pupils of a check, how many the nurse marked as
-- already reported on one of the previous days (持续); unnamed continuing pupils keep their earlier identity in
-- surveillance_case_event, looked up by class.
alter table surveillance_school_check add column continuing_pupils integer not null default 0
    check (continuing_pupils >= 0 and continuing_pupils <= sick_pupils);
create index surveillance_case_event_class on surveillance_case_event (class_key, event_date);
