package org.regionalhealth.screening.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/**
 * Findings as CDS Hooks cards (CDS Hooks 2.0 §Card attributes): indicator by tier (research §3.5: T0–T1 info, T2
 * warning, T3–T4 critical), a summary under 140 characters, a Markdown detail with evidence and source, and override
 * reasons only where the doctor may override (T1 提示 and T2 拦截可双签; never T3, which goes to a pharmacist, nor
 * T4 禁忌).
 */
public final class Cards {

    static final String RULE_SYSTEM = "https://regionalhealth.org/fhir/CodeSystem/screening-rule";
    static final String OVERRIDE_SYSTEM = "https://regionalhealth.org/fhir/CodeSystem/override-reason";
    static final String SOURCE_LABEL = "萧山区域审方中心 · 系统初审";

    /** Coded override reasons (the 双签 reasons pharmacists see in the workbench). */
    static final List<Map<String, String>> OVERRIDE_REASONS = List.of(
            reason("benefit-outweighs-risk", "获益大于风险，已告知患者"),
            reason("tolerated-before", "患者既往使用耐受良好"),
            reason("monitoring-arranged", "已安排监测（血药浓度、肝肾功能、心电图等）"),
            reason("specialist-advice", "遵专科/会诊意见"),
            reason("not-applicable", "提示不适用于该患者"));

    /** A card with the rule and tier it stands for, so that feedback can be tied back to them. */
    public record Issued(String uuid, String ruleId, Tier tier, Map<String, Object> json) {}

    private Cards() {}

    public static Issued of(Finding f) {
        return issued(
                f.ruleId(),
                f.tier(),
                "【" + f.tier().labelZh() + "·" + f.action().labelZh() + "】" + f.message(),
                indicator(f.tier()),
                detail(f),
                f.source(),
                overridable(f));
    }

    /** Screening did not run: never a pass (research §7 N1). */
    public static Issued unscreened(Verdict verdict) {
        return issued(
                "UNSCREENED",
                Tier.T3,
                "系统初审未完成，处方将转药师复核",
                "critical",
                "**系统初审未完成**：" + verdict.failure() + "\n\n按《医疗机构处方审核规范》，系统不能审核的处方由药师人工审核；已登记回顾性审核。",
                "《医疗机构处方审核规范》（国卫办医发〔2018〕14号）",
                false);
    }

    /** What could not be checked for lack of data (issue 3 §5), as one information card. */
    public static Issued limitations(List<String> gaps) {
        StringBuilder detail = new StringBuilder("以下项目因缺少数据未能审核，请补充后重新审核：\n\n");
        gaps.forEach(g -> detail.append("- ").append(g).append('\n'));
        return issued(
                "DATA_GAPS",
                Tier.T0,
                "部分项目因缺少患者数据未能审核（" + gaps.size() + "项）",
                "info",
                detail.toString(),
                "CDS Hooks prefetch 与本平台档案",
                false);
    }

    private static Issued issued(
            String ruleId,
            Tier tier,
            String summary,
            String indicator,
            String detail,
            String citation,
            boolean overridable) {
        String uuid = UUID.randomUUID().toString();
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("uuid", uuid);
        card.put("summary", summary(summary));
        card.put("indicator", indicator);
        card.put("detail", detail);
        card.put("source", source(ruleId, citation));
        if (overridable) {
            card.put("overrideReasons", OVERRIDE_REASONS);
        }
        return new Issued(uuid, ruleId, tier, card);
    }

    static boolean overridable(Finding f) {
        return f.tier() != Tier.T4 && f.action().compareTo(Action.BLOCK_OVERRIDABLE) <= 0;
    }

    public static String indicator(Tier tier) {
        return switch (tier) {
            case T0, T1 -> "info";
            case T2 -> "warning";
            case T3, T4 -> "critical";
        };
    }

    /** At most 139 characters (code points), as CDS Hooks requires summaries under 140. */
    public static String summary(String text) {
        if (text.codePointCount(0, text.length()) < 140) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, 138)) + "…";
    }

    private static String detail(Finding f) {
        List<String> parts = new ArrayList<>();
        parts.add("**" + f.action().labelZh() + "** · 规则 `" + f.ruleId() + "` v" + f.ruleVersion() + " · 知识库 "
                + f.kbVersion());
        parts.add(f.message());
        if (!f.drugs().isEmpty()) {
            parts.add("涉及药品：" + String.join("、", f.drugs()));
        }
        if (!f.evidence().isEmpty()) {
            StringBuilder evidence = new StringBuilder("依据数据：\n");
            f.evidence().forEach(e -> evidence.append("\n- ").append(e));
            parts.add(evidence.toString());
        }
        parts.add("来源：" + f.source());
        return String.join("\n\n", parts);
    }

    private static Map<String, Object> source(String ruleId, String citation) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("label", SOURCE_LABEL);
        source.put("topic", Map.of("system", RULE_SYSTEM, "code", ruleId, "display", summary(citation)));
        return source;
    }

    private static Map<String, String> reason(String code, String display) {
        return Map.of("code", code, "system", OVERRIDE_SYSTEM, "display", display);
    }
}
