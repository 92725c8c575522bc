package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * Label age limits for children: below the contraindicated age T4 (fluoroquinolones under 18, tetracyclines under 8),
 * below the caution age T1. External and local routes (滴眼 …) are exempt: the limits are about systemic exposure
 * (e.g. the levofloxacin label exempts eye drops) (《医疗机构处方审核规范》适宜性第7项: 儿童).
 */
public final class PaediatricAgeRule extends AbstractRule {

    public PaediatricAgeRule() {
        super(RuleMetadata.of(
                "PAED_AGE", "1", Tier.T4, "儿童年龄禁忌/慎用（说明书年龄限制，外用及局部给药除外）", "《医疗机构处方审核规范》适宜性审核第7项（儿童）；药品说明书【儿童用药】【禁忌】"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of(
                "generics.paediatric.contraindicatedUnderYears",
                "generics.paediatric.cautionUnderYears",
                "generics.paediatric.note");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Double age = context.ageYears();
        if (age == null) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || g.paediatric() == null || Routes.isLocal(line.route())) {
                continue;
            }
            Generic.Paediatric p = g.paediatric();
            String ageText = describeAge(context);
            String note = p.note() == null ? "" : "（" + p.note() + "）";
            if (p.contraindicatedUnderYears() != null && age < p.contraindicatedUnderYears()) {
                findings.report(
                        this,
                        Tier.T4,
                        line.label() + "：患者" + ageText + "，说明书" + Units.format(p.contraindicatedUnderYears()) + "岁以下禁用"
                                + note,
                        drugs(line),
                        List.of("年龄=" + ageText, "禁用年龄<" + Units.format(p.contraindicatedUnderYears()) + "岁"),
                        g.source());
            } else if (p.cautionUnderYears() != null && age < p.cautionUnderYears()) {
                findings.report(
                        this,
                        Tier.T1,
                        line.label() + "：患者" + ageText + "，说明书" + Units.format(p.cautionUnderYears()) + "岁以下慎用或安全性未确立"
                                + note,
                        drugs(line),
                        List.of("年龄=" + ageText, "慎用年龄<" + Units.format(p.cautionUnderYears()) + "岁"),
                        g.source());
            }
        }
    }

    static String describeAge(ScreeningContext context) {
        Long days = context.patient().ageInDays(context.today());
        if (days == null) {
            return "年龄不详";
        }
        if (days < 28) {
            return days + "日龄";
        }
        Integer years = context.patient().ageInYears(context.today());
        if (years < 1) {
            return java.time.Period.between(context.patient().birthDate(), context.today())
                            .getMonths() + "月龄";
        }
        return years + "岁";
    }
}
