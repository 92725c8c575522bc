package org.regionalhealth.screening.rules;

import java.util.List;

/**
 * Days limits of 麻醉药品 and 第一类精神药品 in outpatients and emergencies for non-injection forms (《处方管理办法》
 * 第二十三条, 第二十四条 for registered cancer-pain patients). Methylphenidate for ADHD has its own limit (MPH_OVER_15D).
 */
abstract class ControlledDaysRule extends AbstractRule {

    private final boolean longActing;
    private final int limit;
    private final int registeredLimit;

    ControlledDaysRule(RuleMetadata metadata, boolean longActing, int limit, int registeredLimit) {
        super(metadata);
        this.longActing = longActing;
        this.limit = limit;
        this.registeredLimit = registeredLimit;
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (!context.prescription().setting().ambulatory()) {
            return;
        }
        boolean registered = context.patient().cancerPainRegistered();
        int max = registered ? registeredLimit : limit;
        for (ResolvedLine line : context.lines()) {
            if (!narcoticOrPsy1(line) || line.isInjection() || line.isLongActing() != longActing) {
                continue;
            }
            if (MethylphenidateAdhdRule.applies(context, line)) {
                continue;
            }
            Double days = line.daysSupply();
            if (days != null && days > max + 1e-9) {
                findings.report(
                        this,
                        line.label() + (longActing ? "（缓控释制剂）" : "") + "开具" + days(days) + "用量，"
                                + (registered ? "癌痛/慢性中重度疼痛登记患者" : "门急诊") + "每张处方不得超过" + max + "日常用量",
                        drugs(line),
                        List.of("用药天数=" + days(days), "上限=" + max + "日", "癌痛登记=" + (registered ? "是" : "否")));
            }
        }
    }
}
