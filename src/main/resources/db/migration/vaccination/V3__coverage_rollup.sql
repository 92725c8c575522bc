-- Vaccination (issue 19): one row per vaccinated resident with the doses that coverage counts, kept by the module's
-- writers in the writing transaction (VaccinationRecords). Coverage counts the cohorts in residents_resident and the
-- vaccinated in this table, two plain scans, instead of an index probe into vaccination_record per person
-- (docs/benchmarks.md). Area, birth date and sex are copied (as vaccination_record copies the area) so the
-- numerators need no join.
create table vaccination_status (
    resident_id    bigint      primary key,
    division_code  varchar(12) not null,
    birth_date     date        not null,
    sex            char(1)     not null,
    bcg          smallint not null,
    hepb         smallint not null,
    polio        smallint not null,
    dtap         smallint not null,
    mmr          smallint not null,
    hpv          smallint not null,
    last_flu     date
);
