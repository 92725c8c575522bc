package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.Setting;
import org.regionalhealth.screening.Tier;

/**
 * 《处方管理办法》第二十六条: 盐酸哌替啶处方为一次常用量，仅限于医疗机构内使用 — a take-home pethidine prescription, or more
 * than one dose, T4. An outpatient prescription whose take-home flag is unknown counts as take-home.
 */
public final class PethidineRule extends AbstractRule {

    public PethidineRule() {
        super(RuleMetadata.of("PETHIDINE_IN_INSTITUTION_ONLY", "1", Tier.T4, "哌替啶带出医疗机构或超过一次常用量", "《处方管理办法》第二十六条"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Prescription p = context.prescription();
        boolean takeHome =
                Boolean.TRUE.equals(p.takeHome()) || (p.takeHome() == null && p.setting() == Setting.OUTPATIENT);
        for (ResolvedLine line : context.lines()) {
            if (line.generic() == null || !"pethidine".equals(line.generic().id())) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (takeHome) {
                problems.add("带出医疗机构使用");
            }
            Double doses = line.dosesSupplied();
            if (doses != null && doses > 1 + 1e-9) {
                problems.add("开具" + Units.format(Math.round(doses * 10) / 10.0) + "次用量");
            }
            if (!problems.isEmpty()) {
                findings.report(
                        this,
                        line.label() + "：" + String.join("，", problems) + "；哌替啶处方为一次常用量，仅限医疗机构内使用",
                        drugs(line),
                        problems);
            }
        }
    }
}
