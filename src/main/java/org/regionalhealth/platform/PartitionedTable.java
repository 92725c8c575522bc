package org.regionalhealth.platform;

/**
 * A table its owner has range-partitioned by month on a timestamp column (ADR 0016). Declared as a bean by the owning
 * module; the platform's partition maintenance creates the coming months' partitions each night and detaches whole
 * months older than the retention into schema {@code archive}, where the deployment exports them (WORM storage, the
 * provincial platform) and drops them (docs/security.md, docs/scale-out-events.md).
 *
 * <p>Partitions are named {@code <table>_pYYYYMM} and bounded by UTC month starts; a {@code <table>_default}
 * partition takes rows outside the created months (back-dated imports), and rows past the retention inside a partly
 * expired month stay the owner's to delete row by row.
 *
 * @param table the partitioned table, owned by the declaring module
 * @param retentionDays whole months ending more than this many days ago are detached and archived
 */
public record PartitionedTable(String table, int retentionDays) {

    public PartitionedTable {
        if (!table.matches("[a-z][a-z0-9_]{1,50}")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        if (retentionDays < 183) {
            throw new IllegalArgumentException("A partitioned table keeps at least 183 days (《网络安全法》第二十一条)");
        }
    }
}
