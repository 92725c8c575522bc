package org.regionalhealth.screening.rules;

import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.screening.Tier;

/**
 * 《处方管理办法》第六条: 年龄应当填写实足年龄，新生儿、婴幼儿写日、月龄，必要时要注明体重. A patient under one year
 * whose written age has no month or day age (e.g. "0岁") is T2; the missing weight is named in the finding.
 */
public final class InfantAgeRule extends AbstractRule {

    public InfantAgeRule() {
        super(RuleMetadata.of(
                "NORM_INFANT_AGE", "1", Tier.T2, "婴儿（<1岁）处方未写日龄、月龄（提示体重）", "《处方管理办法》第六条；《医院处方点评管理规范（试行）》不规范处方第4项"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Integer years = context.patient().ageInYears(context.today());
        if (years == null || years >= 1) {
            return;
        }
        String written = context.prescription().ageAsWritten();
        boolean monthOrDay =
                written != null && (written.contains("月") || written.contains("天") || written.contains("日"));
        if (monthOrDay) {
            return;
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("实际年龄=" + PaediatricAgeRule.describeAge(context));
        evidence.add("处方年龄=" + (written == null ? "未写" : written));
        String message = "婴儿处方应写日龄或月龄（实际" + PaediatricAgeRule.describeAge(context) + "，处方写“"
                + (written == null ? "" : written) + "”）";
        if (context.patient().weightKg() == null) {
            evidence.add("体重=未注明");
            message += "，且未注明体重";
        }
        findings.report(this, message, List.of(), evidence);
    }
}
