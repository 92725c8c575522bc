-- Students' spine screening and the COPD risk screen on the same mechanism (issue 21, s7-21): measured values of the
-- first stage (ATR per segment, pack-years, BMI), the questionnaire's total, the school that recorded the result, and
-- a hash of the ID number by which a school's health teacher finds a pupil of the round (the number itself is not
-- stored here).
alter table populationscreening_participant
    add column measures       text not null default '',
    add column score          integer,
    add column source_unit_id bigint,
    add column id_hash        char(64);
create index populationscreening_participant_id_hash on populationscreening_participant (programme, id_hash);
create index populationscreening_participant_source on populationscreening_participant (source_unit_id);
