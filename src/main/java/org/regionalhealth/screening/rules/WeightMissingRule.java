package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.regionalhealth.drugs.DoseRange;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Tier;

/**
 * A child's prescription with a drug dosed by body weight, but no weight recorded: the per-kg limits cannot be checked
 * (the dose rules then fall back to the children's or adult ceiling), so a pharmacist must review it. One finding per
 * prescription, naming the drugs.
 */
public final class WeightMissingRule extends AbstractRule {

    public WeightMissingRule() {
        super(new RuleMetadata(
                "DOSE_WEIGHT_MISSING",
                "1",
                Tier.T3,
                "儿童按体重给药的药品未记录体重，系统仅按年龄段或成人上限核对，转药师人工审核",
                "《医疗机构处方审核规范》适宜性审核第3项、第7项（儿童剂量）；《处方管理办法》第六条（新生儿、婴幼儿写日、月龄，必要时注明体重）；信息系统不能审核的部分应由药师人工审核",
                Action.PHARMACIST_REVIEW));
    }

    @Override
    public Set<String> knowledgeFields() {
        return Set.of(
                "generics.dose.range.perKgPerDoseMin",
                "generics.dose.range.perKgPerDoseMax",
                "generics.dose.range.perKgPerDayMin",
                "generics.dose.range.perKgPerDayMax");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Double age = context.ageYears();
        Double weight = context.patient().weightKg();
        if (age == null || age >= 18 || (weight != null && weight > 0)) {
            return;
        }
        List<ResolvedLine> concerned = new ArrayList<>();
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || g.dose() == null || Routes.isLocal(line.route())) {
                continue;
            }
            DoseRange adult = g.dose().adultFor(line.route()).orElse(null);
            if (DoseRanges.isChild(g, adult, age) && DoseRanges.perKg(DoseRanges.forPatient(g, line.route(), age))) {
                concerned.add(line);
            }
        }
        if (concerned.isEmpty()) {
            return;
        }
        List<String> labels = concerned.stream().map(ResolvedLine::label).toList();
        findings.report(
                this,
                Tier.T3,
                "患儿未记录体重：" + String.join("、", labels) + "须按体重核对剂量，系统仅按年龄段或成人上限核对，须药师人工审核并补记体重",
                labels,
                List.of("年龄=" + PaediatricAgeRule.describeAge(context), "体重=未记录"),
                List.of());
    }
}
