package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Tier;

/**
 * The written route must be one the generic is marketed for, and for the written dosage form when the knowledge base
 * lists that form (enteric-coated aspirin "外用" → T3) (《医疗机构处方审核规范》适宜性第4项: 剂型与给药途径).
 */
public final class RouteFormRule extends AbstractRule {

    public RouteFormRule() {
        super(RuleMetadata.of(
                "ROUTE_FORM_MISMATCH", "1", Tier.T3, "给药途径与药品剂型/上市剂型不符", "《医疗机构处方审核规范》适宜性审核第4项；《处方管理办法》第三十五条；药品说明书"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("generics.forms.form", "generics.forms.route");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            String route = line.route();
            if (g == null || route == null || g.forms().isEmpty()) {
                continue;
            }
            String form = line.line().form();
            List<Generic.DosageForm> sameForm = form == null
                    ? List.of()
                    : g.forms().stream().filter(f -> f.form().equals(form)).toList();
            boolean mismatch;
            String expected;
            if (!sameForm.isEmpty()) {
                mismatch = sameForm.stream().noneMatch(f -> f.route().equals(route));
                expected = form + "的给药途径为"
                        + String.join(
                                "/",
                                sameForm.stream()
                                        .map(Generic.DosageForm::route)
                                        .distinct()
                                        .toList());
            } else {
                mismatch = !g.hasRoute(route);
                expected = g.nameZh() + "上市剂型的给药途径为"
                        + String.join(
                                "/",
                                g.forms().stream()
                                        .map(Generic.DosageForm::route)
                                        .distinct()
                                        .toList());
            }
            if (mismatch) {
                findings.report(
                        this,
                        Tier.T3,
                        line.label() + (form == null ? "" : "（" + form + "）") + "给药途径“"
                                + line.line().route() + "”不适宜：" + expected,
                        drugs(line),
                        List.of("剂型=" + form, "途径=" + route),
                        g.source());
            }
        }
    }
}
