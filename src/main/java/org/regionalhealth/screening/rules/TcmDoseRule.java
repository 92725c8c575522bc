package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.TcmHerb;
import org.regionalhealth.screening.Tier;

/**
 * Grams per 剂 of a decoction piece above the pharmacopoeia's daily range (细辛 6 g against 1–3 g): T3, the
 * prescriber must confirm by a second signature or the pharmacist reviews (《中国药典》2020年版一部【用法与用量】;
 * 《医疗机构处方审核规范》饮片适宜性第2、3项).
 */
public final class TcmDoseRule extends AbstractRule {

    public TcmDoseRule() {
        super(RuleMetadata.of(
                "TCM_OVER_PHARMACOPOEIA",
                "2",
                Tier.T3,
                "饮片每剂用量超过《中国药典》用量上限（有毒、大毒饮片为禁忌级）",
                "《中国药典》2020年版一部【用法与用量】；《医疗机构处方审核规范》中药饮片适宜性审核"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("tcm.doseMinG", "tcm.doseMaxG", "tcm.toxicity");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        for (ResolvedLine line : context.lines()) {
            TcmHerb herb = line.herb();
            if (herb == null || herb.doseMaxG() == null || line.line().dose() == null) {
                continue;
            }
            String unit = line.line().doseUnit() == null ? "g" : line.line().doseUnit();
            Double grams = Units.convert(line.line().dose(), unit, "g");
            if (grams == null || grams <= herb.doseMaxG() * 1.0001) {
                continue;
            }
            String range = (herb.doseMinG() == null ? "" : Units.format(herb.doseMinG()) + "–")
                    + Units.format(herb.doseMaxG()) + "g";
            boolean toxic = "大毒".equals(herb.toxicity()) || "有毒".equals(herb.toxicity());
            findings.report(
                    this,
                    toxic ? Tier.T4 : Tier.T3,
                    (toxic ? herb.toxicity() + "饮片" : "") + herb.nameZh() + "每剂" + Units.format(grams) + "g，超过《中国药典》用量"
                            + range,
                    drugs(line),
                    List.of("每剂=" + Units.format(grams) + "g", "药典=" + range),
                    herb.source());
        }
    }
}
