package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * The same ingredient from two lines: two products of one generic, a fixed combination or a patent medicine that
 * contains a Western ingredient prescribed on its own (维C银翘片 + 对乙酰氨基酚), or a line that repeats an active
 * regional-history medicine (《医疗机构处方审核规范》 适宜性第5项: 是否有重复给药, 含西药与中成药之间). The total daily
 * amount of the ingredient is shown when every part of it is computable. Ingredients of high-alert classes
 * (sulfonylureas, insulins, anticoagulants, opioids, cardiac glycosides: 《中国高警示药品推荐目录》) are T3, others
 * T2; a plain repeat of a history medicine (early refill) is T1.
 */
public final class DuplicateIngredientRule extends AbstractRule {

    private static final Set<String> HIGH_ALERT =
            Set.of("sulfonylurea", "insulin", "anticoagulant", "opioid", "cardiac_glycoside");

    public DuplicateIngredientRule() {
        super(RuleMetadata.of(
                "DUP_INGREDIENT",
                "1",
                Tier.T2,
                "同一成分重复用药（含中成药所含西药成分、复方制剂成分、区域用药史）",
                "《医疗机构处方审核规范》适宜性审核（西药及中成药）第5项：是否有重复给药"));
    }

    private record Part(ResolvedLine line, ResolvedLine.Component component) {}

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("generics.ingredients.drug", "patent-medicines.westernIngredients.drug");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Map<String, List<Part>> byIngredient = new LinkedHashMap<>();
        for (ResolvedLine line : context.linesAndHistory()) {
            for (ResolvedLine.Component c : line.components()) {
                byIngredient
                        .computeIfAbsent(c.genericId(), k -> new ArrayList<>())
                        .add(new Part(line, c));
            }
        }
        for (Map.Entry<String, List<Part>> e : byIngredient.entrySet()) {
            List<Part> parts = e.getValue();
            if (parts.size() < 2 || parts.stream().allMatch(p -> p.line().fromHistory())) {
                continue;
            }
            String id = e.getKey();
            Generic generic = context.kb().generic(id).orElse(null);
            String name = generic == null ? id : generic.nameZh();
            boolean historyRepeat = parts.stream().anyMatch(p -> p.line().fromHistory())
                    && parts.stream().noneMatch(p -> p.component().viaIngredient());
            Tier tier = Tier.T2;
            if (HIGH_ALERT.stream().anyMatch(c -> context.kb().isA(id, c))) {
                tier = Tier.T3;
            } else if (historyRepeat) {
                tier = Tier.T1;
            }
            List<String> labels = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            double total = 0;
            boolean complete = generic != null && generic.dose() != null;
            String unit = complete ? generic.dose().unit() : null;
            for (Part p : parts) {
                labels.add(p.line().label());
                if (p.line().patent() != null) {
                    sources.addAll(p.line().patent().source());
                }
                Double amount = p.component().dailyAmount();
                Double inUnit = amount == null || unit == null
                        ? null
                        : Units.convert(amount, p.component().unit(), unit);
                if (p.line().fromHistory() || inUnit == null) {
                    complete = false;
                } else {
                    total += inUnit;
                    evidence.add(p.line().label() + "含" + name + " " + Units.format(inUnit) + unit + "/日");
                }
            }
            String message = "重复用药：" + String.join("、", labels) + " 均含" + name;
            if (complete) {
                evidence.add(name + "合计=" + Units.format(total) + unit + "/日");
                message += "，合计每日" + Units.format(total) + unit;
            } else {
                evidence.add(name + "合计：部分剂量无法计算");
            }
            if (generic != null) {
                sources.addAll(generic.source());
            }
            findings.report(this, tier, message, labels, evidence, sources);
        }
    }
}
