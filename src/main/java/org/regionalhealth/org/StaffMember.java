package org.regionalhealth.org;

import org.jspecify.annotations.Nullable;

/**
 * A member of staff with the rights prescription review checks.
 *
 * @param prescribingRight 处方权 (《处方管理办法》第八条)
 * @param narcoticRight 麻醉药品和第一类精神药品处方权 (《处方管理办法》第十一条)
 * @param antimicrobialGrade the highest antimicrobial grade the prescriber may prescribe (《抗菌药物临床应用管理办法》第二十四条)
 * @param pharmacist holds a pharmacist qualification (药师) and may review prescriptions
 * @param pharmacistSkills comma-separated review skills (TCM, PAEDIATRICS, ONCOLOGY, ANTIMICROBIALS)
 */
public record StaffMember(
        long id,
        long unitId,
        String name,
        String title,
        boolean prescribingRight,
        boolean narcoticRight,
        @Nullable AntimicrobialGrade antimicrobialGrade,
        boolean pharmacist,
        @Nullable String pharmacistSkills) {

    /** 抗菌药物分级 (《抗菌药物临床应用管理办法》第六条). */
    public enum AntimicrobialGrade {
        UNRESTRICTED("非限制使用级"),
        RESTRICTED("限制使用级"),
        SPECIAL("特殊使用级");

        private final String labelZh;

        AntimicrobialGrade(String labelZh) {
            this.labelZh = labelZh;
        }

        public String labelZh() {
            return labelZh;
        }

        /** Whether a prescriber with this grade may prescribe a drug of {@code drugGrade}. */
        public boolean covers(AntimicrobialGrade drugGrade) {
            return ordinal() >= drugGrade.ordinal();
        }
    }
}
