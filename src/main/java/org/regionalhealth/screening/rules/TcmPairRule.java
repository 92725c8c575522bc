package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.TcmIncompatibility;
import org.regionalhealth.screening.Tier;

/** Two decoction pieces that a 十八反 or 十九畏 rule of the pharmacopoeia forbids together (不宜同用): T3. */
abstract class TcmPairRule extends AbstractRule {

    private final String kind;

    TcmPairRule(RuleMetadata metadata, String kind) {
        super(metadata);
        this.kind = kind;
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("tcm.kind", "tcm.a", "tcm.b");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        List<ResolvedLine> lines = context.lines();
        for (int i = 0; i < lines.size(); i++) {
            ResolvedLine a = lines.get(i);
            if (a.herb() == null) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                ResolvedLine b = lines.get(j);
                if (b.herb() == null || a.herb().id().equals(b.herb().id())) {
                    continue;
                }
                for (TcmIncompatibility rule : context.kb()
                        .incompatibilitiesBetween(a.herb().id(), b.herb().id())) {
                    if (!kind.equals(rule.kind())) {
                        continue;
                    }
                    findings.report(
                            this,
                            Tier.T3,
                            kind + "：" + a.label() + " 与 " + b.label() + " 不宜同用"
                                    + (rule.note() == null ? "" : "（" + rule.note() + "）"),
                            drugs(a, b),
                            List.of("规则=" + rule.id()),
                            rule.source());
                }
            }
        }
    }
}
