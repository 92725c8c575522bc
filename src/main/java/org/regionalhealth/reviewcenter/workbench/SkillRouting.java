package org.regionalhealth.reviewcenter.workbench;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.drugs.DrugKnowledge;
import org.regionalhealth.drugs.Generic;
import org.regionalhealth.drugs.KnowledgeSnapshot;
import org.regionalhealth.screening.Diagnosis;
import org.regionalhealth.screening.Prescription;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.PrescriptionType;
import org.springframework.stereotype.Component;

/**
 * Which pharmacist skill a review task needs, derived from the drugs and the patient (research §5: "region-wide pool
 * with skill routing (TCM, paediatrics, oncology)"). One skill per task, the first that applies:
 *
 * <ol>
 *   <li>TCM — a decoction-pieces prescription, or every line a Chinese patent medicine or herb: 中药饮片处方由中药师
 *       审核 (《医院中药饮片管理规范》第二十六条, 《医疗机构处方审核规范》第八条 药师资质);
 *   <li>ONCOLOGY — a diagnosis in ICD-10 C00–C97 (malignant) or D00–D09 (in situ), or a registered cancer-pain
 *       patient (opioids for cancer pain);
 *   <li>PAEDIATRICS — a patient under 14 years on the day of issue (儿科 age limit of the national paediatric service
 *       statistics, 0–14 岁);
 *   <li>ANTIMICROBIAL — a line whose generic is an antimicrobial as 《抗菌药物临床应用管理办法》第二条 defines it (drugs
 *       against bacteria, mycoplasma, chlamydia, rickettsia, spirochaetes and fungi; not antituberculosis drugs nor
 *       antivirals): an anti-infective of the knowledge base outside those two classes, or one with an antimicrobial
 *       grade (抗菌药物分级管理);
 *   <li>GENERAL otherwise.
 * </ol>
 */
@Component
public class SkillRouting {

    static final int PAEDIATRIC_UNDER_YEARS = 14;

    private final DrugKnowledge knowledge;

    SkillRouting(DrugKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    public Skill skillOf(Prescription prescription, @Nullable LocalDate birthDate, boolean cancerPainRegistered) {
        KnowledgeSnapshot kb = knowledge.snapshot();
        if (prescription.type() == PrescriptionType.TCM_DECOCTION || allTcm(prescription, kb)) {
            return Skill.TCM;
        }
        if (cancerPainRegistered || prescription.diagnoses().stream().anyMatch(SkillRouting::neoplasm)) {
            return Skill.ONCOLOGY;
        }
        if (birthDate != null
                && Period.between(birthDate, prescription.issuedOn()).getYears() < PAEDIATRIC_UNDER_YEARS) {
            return Skill.PAEDIATRICS;
        }
        for (PrescriptionLine line : prescription.lines()) {
            Generic g = generic(line, kb);
            if (g != null && antimicrobial(g, kb)) {
                return Skill.ANTIMICROBIAL;
            }
        }
        return Skill.GENERAL;
    }

    private static boolean allTcm(Prescription p, KnowledgeSnapshot kb) {
        if (p.lines().isEmpty()) {
            return false;
        }
        for (PrescriptionLine line : p.lines()) {
            String name = line.label();
            if (kb.findGeneric(name).isPresent()
                    || (kb.findPatentMedicine(name).isEmpty()
                            && kb.findHerb(name).isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Generic generic(PrescriptionLine line, KnowledgeSnapshot kb) {
        for (String name : new String[] {line.drugName(), line.drugCode()}) {
            if (name != null && !name.isBlank()) {
                var g = kb.findGeneric(name);
                if (g.isPresent()) {
                    return g.get();
                }
            }
        }
        return null;
    }

    private static boolean antimicrobial(Generic g, KnowledgeSnapshot kb) {
        if (g.antimicrobialGrade() != null) {
            return true;
        }
        return kb.isA(g.id(), "anti_infective") && !kb.isA(g.id(), "antiviral") && !kb.isA(g.id(), "anti_tb");
    }

    static boolean neoplasm(Diagnosis d) {
        String code = d.icd10();
        if (code == null || code.length() < 3) {
            return false;
        }
        char chapter = Character.toUpperCase(code.charAt(0));
        if (!Character.isDigit(code.charAt(1)) || !Character.isDigit(code.charAt(2))) {
            return false;
        }
        int block = Integer.parseInt(code.substring(1, 3));
        return chapter == 'C' || (chapter == 'D' && block <= 9);
    }
}
