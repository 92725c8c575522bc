-- Group challenges (issue 22 item 5: "group challenges per village or workplace"): a village challenge is open to the
-- residents of one village; a workplace challenge is joined with its six-digit code, handed out at the workplace.
create table weight_challenge (
    id            bigserial primary key,
    name          varchar(40)  not null,
    kind          varchar(10)  not null check (kind in ('VILLAGE', 'WORKPLACE')),
    village_code  varchar(12),
    workplace     varchar(40),
    join_code     char(6)      unique,
    unit_path     varchar(200) collate "C" not null,
    starts_on     date         not null,
    ends_on       date         not null,
    created_by    varchar(50)  not null,
    created_at    timestamptz  not null,
    check (ends_on >= starts_on),
    check (kind = 'VILLAGE' and village_code is not null
        or kind = 'WORKPLACE' and workplace is not null and join_code is not null)
);
create index weight_challenge_scope on weight_challenge (unit_path, ends_on);
create index weight_challenge_village on weight_challenge (village_code, ends_on);

create table weight_challenge_member (
    challenge_id bigint not null references weight_challenge (id),
    resident_id  bigint not null,
    joined_on    date   not null,
    primary key (challenge_id, resident_id)
);
create index weight_challenge_member_resident on weight_challenge_member (resident_id);
