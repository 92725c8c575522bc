package org.regionalhealth.screening;

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

    /**
     * The prescriber as the district's staff register knows them at {@code site}: 处方权 is granted per practice site
     * (《处方管理办法》第八条), so staff of another institution have no rights there.
     */
    public static Prescriber registered(org.regionalhealth.org.StaffMember staff, org.regionalhealth.org.Unit site) {
        if (staff.unitId() != site.id()) {
            return new Prescriber(Long.toString(staff.id()), staff.name(), false, false, null, false);
        }
        return new Prescriber(
                Long.toString(staff.id()),
                staff.name(),
                staff.prescribingRight(),
                staff.narcoticRight(),
                staff.antimicrobialGrade() == null
                        ? null
                        : AntimicrobialGrade.valueOf(staff.antimicrobialGrade().name()),
                site.type() == org.regionalhealth.org.UnitType.STATION);
    }

    /** Someone the staff register does not know: no rights at all. */
    public static Prescriber unregistered(String id, String name) {
        return new Prescriber(id, name, false, false, null, false);
    }
}
