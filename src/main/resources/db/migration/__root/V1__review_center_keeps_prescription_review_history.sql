-- ADR 0012: module prescriptionreview was split into screening (no tables) and reviewcenter, which owns every
-- prescriptionreview_* table and their migrations (db/migration/reviewcenter, byte for byte the former
-- db/migration/prescriptionreview). Spring Modulith keeps one history table per module, named after it, and runs the
-- platform's root migrations (this folder) before any module's; so a database migrated before the split hands its
-- history to the new owner here, and reviewcenter's V1–V6 are recognised as applied instead of run again.
do $$
begin
    if to_regclass('flyway_schema_history_prescriptionreview') is not null
            and to_regclass('flyway_schema_history_reviewcenter') is null then
        alter table flyway_schema_history_prescriptionreview rename to flyway_schema_history_reviewcenter;
    end if;
end $$;
