-- Kindergarten classes (issue 16 item 6): 托班, 小班, 中班, 大班 are stored as grades 21–24 beside school grades 1–12
-- (surveillance.schoolcheck.SchoolStage).
alter table surveillance_school_class drop constraint surveillance_school_class_grade_check;
alter table surveillance_school_class add constraint surveillance_school_class_grade_check
    check (grade between 1 and 12 or grade between 21 and 24);
