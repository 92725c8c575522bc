package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.Tier;

/** 《处方管理办法》第六条 / 处方前记: outpatient and emergency prescriptions carry a clinical diagnosis. */
public final class DiagnosisRequiredRule extends AbstractRule {

    public DiagnosisRequiredRule() {
        super(RuleMetadata.of(
                "NORM_NO_DIAGNOSIS", "1", Tier.T2, "门急诊处方未写临床诊断", "《处方管理办法》第六条、附件处方前记；《医院处方点评管理规范（试行）》不规范处方第10项"));
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        if (!context.prescription().setting().ambulatory()) {
            return;
        }
        for (Diagnosis d : context.prescription().diagnoses()) {
            if (!blank(d.icd10()) || !blank(d.text())) {
                return;
            }
        }
        findings.report(this, "门急诊处方未写临床诊断", List.of(), List.of("诊断=无"));
    }
}
