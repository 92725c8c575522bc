package org.regionalhealth.screening;

/**
 * Severity tier of a finding, one model mapped to every vocabulary (research §3.5): PASS light colours, 大通
 * 提示/慎用/禁用, Lexicomp B–X, FDB DDI levels, CDS Hooks {@code indicator}, FHIR {@code DetectedIssue.severity}.
 */
public enum Tier {
    /** information, logged only (PASS blue) */
    T0("信息"),
    /** caution (PASS yellow, 提示) */
    T1("提示"),
    /** warning (PASS orange, 慎用): override with a reason and a second signature */
    T2("警示"),
    /** serious (PASS red, 禁用): a pharmacist must review */
    T3("严重"),
    /** absolute (PASS black, 禁忌/超极量): must be modified, no override */
    T4("禁忌");

    private final String labelZh;

    Tier(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    /** The more severe of two tiers. */
    public static Tier max(Tier a, Tier b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
