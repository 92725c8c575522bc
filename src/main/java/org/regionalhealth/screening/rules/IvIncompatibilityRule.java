package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * IV incompatibilities (配伍禁忌) of the label: with a drug or class in the same infusion group ({@code same_infusion}),
 * or given intravenously at any time to a patient young enough ({@code any} with {@code maxAgeDays}: ceftriaxone and
 * IV calcium in neonates). Tier from the severity (contraindicated T4) (《医疗机构处方审核规范》适宜性第6项).
 */
public final class IvIncompatibilityRule extends AbstractRule {

    public IvIncompatibilityRule() {
        super(RuleMetadata.of(
                "IV_INCOMPAT", "1", Tier.T4, "静脉配伍禁忌（同组输液；新生儿不论是否同管）", "《医疗机构处方审核规范》适宜性审核第6项（配伍禁忌）；药品说明书【注意事项】"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of(
                "generics.iv.incompatible.with",
                "generics.iv.incompatible.severity",
                "generics.iv.incompatible.scope",
                "generics.iv.incompatible.maxAgeDays",
                "generics.iv.incompatible.note");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Long ageDays = context.patient().ageInDays(context.today());
        List<ResolvedLine> lines = context.lines();
        for (ResolvedLine a : lines) {
            Generic g = a.generic();
            if (g == null || g.iv() == null || g.iv().incompatible().isEmpty() || !a.isInjection()) {
                continue;
            }
            for (Generic.IvIncompatibility inc : g.iv().incompatible()) {
                boolean any = "any".equals(inc.scope());
                if (inc.maxAgeDays() != null && (ageDays == null || ageDays > inc.maxAgeDays())) {
                    continue;
                }
                for (ResolvedLine b : lines) {
                    if (b == a || !intravenous(b) || !matches(context, b, inc.with())) {
                        continue;
                    }
                    if (!any && !sameGroup(a, b)) {
                        continue;
                    }
                    String where = any
                            ? (inc.maxAgeDays() == null ? "（不论是否同管）" : "（" + inc.maxAgeDays() + "日龄内患者不论是否同管）")
                            : "（同一输液组" + a.line().infusionGroup() + "）";
                    findings.report(
                            this,
                            tierOf(inc.severity()),
                            "配伍禁忌：" + a.label() + " 与 " + b.label() + where + "。"
                                    + (inc.note() == null ? "" : inc.note()),
                            drugs(a, b),
                            List.of("配伍=" + g.id() + "×" + inc.with(), "范围=" + inc.scope()),
                            g.source());
                }
            }
        }
    }

    private static boolean intravenous(ResolvedLine line) {
        return line.route() != null ? Routes.isIntravenous(line.route()) : line.isInjection();
    }

    private static boolean sameGroup(ResolvedLine a, ResolvedLine b) {
        String ga = a.line().infusionGroup();
        return ga != null && !ga.isBlank() && ga.equals(b.line().infusionGroup());
    }

    private static boolean matches(ScreeningContext context, ResolvedLine line, String with) {
        for (ResolvedLine.Component c : line.components()) {
            if (c.genericId().equals(with) || context.kb().isA(c.genericId(), with)) {
                return true;
            }
        }
        return false;
    }
}
