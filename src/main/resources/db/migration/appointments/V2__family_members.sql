-- 就诊人 (issue 18): the family members a resident books for on the phone (a child, a parent, a spouse), each added
-- with name and ID number checked against the resident index; at most five per account, as booking apps allow.
create table appointments_family_member (
    account_resident_id bigint      not null,
    member_resident_id  bigint      not null,
    relation            varchar(10) not null check (relation in ('CHILD', 'PARENT', 'SPOUSE', 'OTHER')),
    added_at            timestamptz not null,
    primary key (account_resident_id, member_resident_id)
);
create index appointments_family_member_of on appointments_family_member (member_resident_id);
