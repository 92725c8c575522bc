package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.Tier;

/**
 * Drug–disease contraindications of the label against the diagnoses on the prescription and the patient's problem
 * list, matched by ICD-10 prefix: 禁用 T4, 避免 T3, 慎用 T1. External use (外用) is exempt (《医疗机构处方审核规范》
 * 适宜性第7项: 诊断禁忌、疾病史禁忌).
 */
public final class DrugDiseaseRule extends AbstractRule {

    public DrugDiseaseRule() {
        super(RuleMetadata.of(
                "DRUG_DISEASE", "1", Tier.T4, "药物–疾病禁忌（ICD-10前缀匹配诊断）", "《医疗机构处方审核规范》适宜性审核第7项（诊断禁忌、疾病史禁忌）；药品说明书【禁忌】"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of(
                "generics.diseases.icd10",
                "generics.diseases.nameZh",
                "generics.diseases.severity",
                "generics.diseases.note",
                "generics.diseases.source");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        List<Diagnosis> diagnoses = context.allDiagnoses();
        if (diagnoses.isEmpty()) {
            return;
        }
        for (ResolvedLine line : context.lines()) {
            Generic g = line.generic();
            if (g == null || g.diseases().isEmpty() || "外用".equals(line.route())) {
                continue;
            }
            for (Generic.DiseaseContraindication dc : g.diseases()) {
                Diagnosis hit = match(diagnoses, dc);
                Tier tier = tierOf(dc.severity());
                if (hit == null || tier == null) {
                    continue;
                }
                findings.report(
                        this,
                        tier,
                        line.label() + "：患者诊断“" + describe(hit) + "”，说明书" + dc.nameZh() + zh(dc.severity())
                                + (dc.note() == null ? "" : "（" + dc.note() + "）"),
                        drugs(line),
                        List.of("诊断=" + describe(hit), "禁忌ICD-10=" + String.join("/", dc.icd10())),
                        dc.source().isEmpty() ? g.source() : dc.source());
            }
        }
    }

    private static Diagnosis match(List<Diagnosis> diagnoses, Generic.DiseaseContraindication dc) {
        for (Diagnosis d : diagnoses) {
            for (String prefix : dc.icd10()) {
                if (d.hasCodePrefix(prefix)) {
                    return d;
                }
            }
        }
        return null;
    }

    private static String describe(Diagnosis d) {
        if (d.text() == null) {
            return d.icd10();
        }
        return d.icd10() == null ? d.text() : d.icd10() + " " + d.text();
    }
}
