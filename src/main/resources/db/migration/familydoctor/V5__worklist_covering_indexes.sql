-- The worklist at full scale (docs/benchmarks.md): each list reads its rows from an index instead of visiting the
-- heap row by row. Partial on the rows the lists ask for.
create index familydoctor_patient_worklist on familydoctor_chronic_patient (next_due_kind, unit_path, next_due, id)
    include (resident_id, disease) where status = 'ACTIVE';
create index familydoctor_contract_renewal on familydoctor_contract (unit_path, end_date, id)
    include (resident_id) where status = 'SIGNED';
create index familydoctor_person_card on familydoctor_person (resident_id) include (name, sex, birth_date, phone);
