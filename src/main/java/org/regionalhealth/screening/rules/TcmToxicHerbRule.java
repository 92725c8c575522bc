package org.regionalhealth.screening.rules;

import java.util.List;
import java.util.Set;
import org.regionalhealth.drugs.TcmHerb;
import org.regionalhealth.screening.Tier;

/**
 * Toxic and external-only decoction pieces. A form that may not be taken internally (生半夏, 生川乌, 生马钱子 …:
 * 只可外用 or 生品不得内服) written for internal use — on a decoction prescription or by mouth — is T4. One of the 28
 * 医疗用毒性中药品种 dispensed above two days' 极量 (the pharmacopoeia's daily maximum × 2) in one prescription is T4
 * (《医疗用毒性药品管理办法》第九条: 每次处方剂量不得超过二日极量). External routes are exempt from the first check.
 */
public final class TcmToxicHerbRule extends AbstractRule {

    public TcmToxicHerbRule() {
        super(RuleMetadata.of(
                "TCM_TOXIC_HERB",
                "1",
                Tier.T4,
                "只可外用或生品不得内服的饮片用于内服；医疗用毒性中药每次处方超过二日极量",
                "《医疗用毒性药品管理办法》（国务院令第23号，1988）第九条；《中华人民共和国药典》2020年版一部【用法与用量】【注意】"));
    }

    @Override
    public Set<String> knowledgeFields() {
        return Set.of("tcm.toxicMedicalListed", "tcm.externalOnly", "tcm.processing", "tcm.doseMaxG");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Integer count = context.prescription().decoctionCount();
        int doses = count == null || count < 1 ? 1 : count;
        for (ResolvedLine line : context.lines()) {
            TcmHerb herb = line.herb();
            if (herb == null) {
                continue;
            }
            boolean external = "外用".equals(line.route()) || Routes.isLocal(line.route());
            if (herb.externalOnly() && !external) {
                findings.report(
                        this,
                        Tier.T4,
                        herb.nameZh() + "不得内服（只可外用或须炮制后内服）" + (herb.processing() == null ? "" : "：" + herb.processing())
                                + "，请改用炮制品或改为外用",
                        drugs(line),
                        List.of("饮片=" + herb.nameZh(), "给药途径=" + (line.route() == null ? "内服（煎服）" : line.route())),
                        herb.source());
            }
            if (!herb.toxicMedicalListed()
                    || herb.doseMaxG() == null
                    || line.line().dose() == null) {
                continue;
            }
            String unit = line.line().doseUnit() == null ? "g" : line.line().doseUnit();
            Double perDose = Units.convert(line.line().dose(), unit, "g");
            if (perDose == null) {
                continue;
            }
            double total = perDose * doses;
            double twoDays = herb.doseMaxG() * 2;
            if (total > twoDays * 1.0001) {
                findings.report(
                        this,
                        Tier.T4,
                        herb.nameZh() + "为医疗用毒性中药，本处方合计" + Units.format(SingleDoseRule.round(total)) + "g，超过二日极量"
                                + Units.format(twoDays) + "g",
                        drugs(line),
                        List.of(
                                "每剂=" + Units.format(perDose) + "g",
                                "剂数=" + doses,
                                "二日极量=" + Units.format(herb.doseMaxG()) + "g×2"),
                        herb.source());
            }
        }
    }
}
