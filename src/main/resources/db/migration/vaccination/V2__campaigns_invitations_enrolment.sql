-- Vaccination (issue 19): campaigns with SMS invitations through an outbox, and school/kindergarten enrolment for
-- the entry checks (入托入学查验).

-- a campaign: a cohort drawn from the resident index (influenza 60+ this season, the HPV programme's girls)
create table vaccination_campaign (
    id          bigserial primary key,
    code        varchar(30)  not null unique,
    kind        varchar(10)  not null check (kind in ('INFLUENZA', 'HPV')),
    name        varchar(100) not null,
    starts_on   date         not null,
    created_at  timestamptz  not null
);

-- the invitation outbox: one row per campaign and resident (inviting twice queues nothing), sent at a limited rate
-- by the SMS port; the state, the gateway's message id or the failure stay recorded
create table vaccination_invitation (
    id             bigserial primary key,
    campaign_id    bigint       not null references vaccination_campaign (id),
    resident_id    bigint       not null,
    resident_path  varchar(200) not null collate "C",
    division_code  varchar(12)  not null,
    phone          varchar(20)  not null,
    text           varchar(300) not null,
    state          varchar(10)  not null check (state in ('PENDING', 'SENT', 'FAILED')),
    gateway_ref    varchar(80),
    failure        varchar(200),
    queued_at      timestamptz  not null,
    queued_by      varchar(64)  not null,
    sent_at        timestamptz,
    unique (campaign_id, resident_id)
);
create index vaccination_invitation_pending on vaccination_invitation (id) where state = 'PENDING';
create index vaccination_invitation_campaign on vaccination_invitation (campaign_id, resident_path, state);

-- children enrolled at a kindergarten or school (the roster the school hands to the clinic for 入托入学查验)
create table vaccination_enrolment (
    school_id     bigint       not null,
    school_path   varchar(200) not null collate "C",
    town_code     varchar(9)   not null,
    resident_id   bigint       not null,
    entry_year    integer      not null,
    grade         varchar(20)  not null,
    class_name    varchar(20)  not null,
    primary key (school_id, resident_id)
);
create index vaccination_enrolment_resident on vaccination_enrolment (resident_id);
create index vaccination_enrolment_town on vaccination_enrolment (town_code, school_id);
