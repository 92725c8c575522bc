package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.Restriction;
import org.regionalhealth.screening.Tier;

/**
 * Pregnancy restrictions of generics (label) and decoction pieces (药典 孕妇禁用/慎用): 禁用 T4, 避免 T3, 慎用 T1
 * (《医疗机构处方审核规范》适宜性第7项: 妊娠).
 */
public final class PregnancyRule extends AbstractRule {

    public PregnancyRule() {
        super(RuleMetadata.of(
                "PREGNANCY",
                "1",
                Tier.T4,
                "妊娠期用药禁忌（西药说明书、饮片药典【注意】）",
                "《医疗机构处方审核规范》适宜性审核第7项（妊娠）及饮片第4项；药品说明书【孕妇及哺乳期妇女用药】；《中国药典》2020年版一部"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("generics.pregnancy", "tcm.pregnancy");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (!context.patient().pregnant()) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Restriction r = null;
            List<String> sources = List.of();
            if (line.generic() != null) {
                r = line.generic().pregnancy();
                sources = line.generic().source();
            } else if (line.herb() != null) {
                r = line.herb().pregnancy();
                sources = line.herb().source();
            }
            Tier tier = tierOf(r);
            if (tier != null) {
                findings.report(
                        this,
                        tier,
                        "妊娠期患者使用" + line.label() + "：说明书/药典为孕妇" + zh(r),
                        drugs(line),
                        List.of("妊娠=是", "限制=" + r.name().toLowerCase()),
                        sources);
            }
        }
    }
}
