-- Search columns in the "C" collation, so one plain b-tree index serves both the prefix match (LIKE 'zw%') and the
-- ORDER BY of the same column: a varchar_pattern_ops index does the first but not the second, and sorting every
-- match of a short prefix over 2,000,000 residents costs ~100 ms (docs/benchmarks.md, resident search).
drop index residents_name, residents_pinyin, residents_initials, residents_scope;
alter table residents_resident
    alter column name type varchar(50) collate "C",
    alter column name_pinyin type varchar(120) collate "C",
    alter column name_initials type varchar(20) collate "C",
    alter column unit_path type varchar(200) collate "C";
create index residents_name on residents_resident (name, id);
create index residents_pinyin on residents_resident (name_pinyin, id);
create index residents_initials on residents_resident (name_initials, id);
create index residents_scope on residents_resident (unit_path, name_initials);
