package org.regionalhealth.screening.rules;

import java.util.List;
import org.regionalhealth.drugs.AntimicrobialGrade;
import org.regionalhealth.screening.Prescriber;
import org.regionalhealth.screening.Tier;

/**
 * 《抗菌药物临床应用管理办法》(卫生部令第84号) 第二十四条: prescribing rights by grade (senior → 特殊使用级, intermediate →
 * 限制使用级, junior and 乡村医生 → 非限制使用级). A drug graded above the prescriber's right (the Zhejiang catalogue grade
 * in the knowledge base) is T4.
 */
public final class AntimicrobialGradeRightRule extends AbstractRule {

    public AntimicrobialGradeRightRule() {
        super(RuleMetadata.of(
                "ABX_GRADE_EXCEEDS_RIGHT",
                "1",
                Tier.T4,
                "抗菌药物分级超出医师处方权限（乡村医生仅非限制使用级）",
                "《抗菌药物临床应用管理办法》（卫生部令第84号）第二十四条；浙江省抗菌药物分级管理目录"));
    }

    @Override
    public java.util.Set<String> knowledgeFields() {
        return java.util.Set.of("generics.antimicrobialGrade", "generics.antimicrobialGradeByRoute");
    }

    @Override
    public void check(ScreeningContext context, FindingSink findings) {
        Prescriber prescriber = context.prescription().prescriber();
        if (prescriber == null) {
            return;
        }
        AntimicrobialGrade right = prescriber.effectiveAntimicrobialGrade();
        for (ResolvedLine line : context.lines()) {
            AntimicrobialGrade grade =
                    line.generic() == null ? null : line.generic().antimicrobialGradeFor(line.route());
            if (grade == null || (right != null && grade.compareTo(right) <= 0)) {
                continue;
            }
            findings.report(
                    this,
                    Tier.T4,
                    line.label() + "为" + zh(grade) + "抗菌药物，医师"
                            + (prescriber.name() == null ? prescriber.id() : prescriber.name())
                            + (prescriber.villageDoctor() ? "（乡村医生）" : "") + "处方权限为"
                            + (right == null ? "无抗菌药物处方权" : zh(right)),
                    drugs(line),
                    List.of(
                            "药品分级=" + grade.name().toLowerCase(),
                            "医师权限=" + (right == null ? "none" : right.name().toLowerCase())),
                    line.generic().source());
        }
    }

    static String zh(AntimicrobialGrade grade) {
        switch (grade) {
            case UNRESTRICTED:
                return "非限制使用级";
            case RESTRICTED:
                return "限制使用级";
            default:
                return "特殊使用级";
        }
    }
}
