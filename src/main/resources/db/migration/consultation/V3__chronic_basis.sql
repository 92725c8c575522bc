-- A follow-up may rest on a chronic condition under the family doctor's management (issue 18, 细则: 明确诊断为某种
-- 慢性病后): then no in-person visit of the booking module is its basis, the register's disease code is.
alter table consultation_consultation alter column prior_visit_id drop not null;
alter table consultation_consultation add column basis_disease varchar(30);
