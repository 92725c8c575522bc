-- Elderly capability assessment by GB/T 42195-2022 (issue 21): 26 item scores in the order of AbilityItem, domain
-- totals, the preliminary grade by score band and the grade after the adjustment rules.
create table eldercare_assessment (
    id                bigserial    primary key,
    resident_id       bigint       not null,
    unit_path         varchar(200) not null,
    assessed_on       date         not null,
    reason            varchar(20)  not null,
    scores            smallint[]   not null check (cardinality(scores) = 26),
    total             integer      not null check (total between 0 and 90),
    self_care         integer      not null,
    mobility          integer      not null,
    mental            integer      not null,
    perception_social integer      not null,
    coma              boolean      not null,
    mental_disorder   boolean      not null,
    care_risk_events  integer      not null check (care_risk_events >= 0),
    preliminary_grade varchar(20)  not null,
    grade             varchar(20)  not null,
    adjustments       varchar(500) not null default '',
    assessor          varchar(64)  not null,
    recorded_at       timestamptz  not null
);

create index eldercare_assessment_resident on eldercare_assessment (resident_id, assessed_on desc);
create index eldercare_assessment_path on eldercare_assessment (unit_path varchar_pattern_ops);
