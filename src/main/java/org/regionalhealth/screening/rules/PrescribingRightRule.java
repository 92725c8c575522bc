package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.Tier;

/**
 * 《处方管理办法》第八、九条; 《医疗机构处方审核规范》合法性审核第1、2项: the prescriber is recorded and holds
 * prescribing rights at this site — otherwise T4 (第四十条: 对于不规范处方或者不能判定其合法性的处方，不得调剂).
 */
public final class PrescribingRightRule extends AbstractRule {

    public PrescribingRightRule() {
        super(RuleMetadata.of(
                "LEGAL_PRESCRIBER_RIGHT", "1", Tier.T4, "开具医师未记录或无处方权", "《处方管理办法》第八、九、四十条；《医疗机构处方审核规范》合法性审核"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Prescriber prescriber = context.prescription().prescriber();
        if (prescriber == null) {
            findings.report(this, "处方未记录开具医师，无法判定合法性", List.of(), List.of("医师=未记录"));
        } else if (!prescriber.prescribingRight()) {
            findings.report(
                    this,
                    "医师" + (prescriber.name() == null ? prescriber.id() : prescriber.name()) + "在本执业地点无处方权",
                    List.of(),
                    List.of("医师=" + prescriber.id(), "处方权=无"));
        }
    }
}
