package org.regionalhealth.prescriptionreview;

import org.regionalhealth.drugs.AntimicrobialGrade;

/**
 * The prescriber and their rights (《处方管理办法》第八至十二条; 《抗菌药物临床应用管理办法》第二十四条).
 *
 * @param id staff id
 * @param name name as signed
 * @param prescribingRight 处方权 at this practice site
 * @param narcoticRight 麻醉药品和第一类精神药品处方权 (after training and assessment, 第十一条)
 * @param antimicrobialGrade highest antimicrobial grade granted, {@code null}: no antimicrobial right
 * @param villageDoctor 乡村医生 (non-restricted antimicrobials only, whatever was recorded)
 */
public record Prescriber(
        String id,
        String name,
        boolean prescribingRight,
        boolean narcoticRight,
        AntimicrobialGrade antimicrobialGrade,
        boolean villageDoctor) {

    /** The highest grade this prescriber may prescribe; a 乡村医生 is capped at 非限制使用级. */
    public AntimicrobialGrade effectiveAntimicrobialGrade() {
        if (villageDoctor && antimicrobialGrade != null) {
            return AntimicrobialGrade.UNRESTRICTED;
        }
        return antimicrobialGrade;
    }
}
