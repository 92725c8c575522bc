package org.regionalhealth.platform;

/**
 * What a role may see of a person: the one de-identification policy that every page and API applies
 * (《个人信息保护法》第六条 最小必要, docs/security.md).
 *
 * <p>A masked ID number keeps the address code and the last four characters ({@code 330109********1234}); the eight
 * hidden digits are exactly the birth date, so a role that sees a masked number never sees the birth date beside it
 * (only the age in whole years, which leaves dozens of candidate numbers). The compact constructor enforces it.
 *
 * @param fullIdentifiers full ID number and phone number; otherwise both masked
 * @param fullName the full name; otherwise the surname and one star per further character ({@code 张*})
 * @param birthDate the birth date; otherwise the age only
 */
public record Disclosure(boolean fullIdentifiers, boolean fullName, boolean birthDate) {

    /** Everything: clinicians in scope, the resident's own record, the district administrator, HIS accounts. */
    public static final Disclosure FULL = new Disclosure(true, true, true);

    /** Masked identifiers, full name, age instead of birth date: staff who know the person but not their papers. */
    public static final Disclosure NAMED = new Disclosure(false, true, false);

    /** Masked identifiers, masked name, age instead of birth date: reviewers, surveillance, administration. */
    public static final Disclosure MASKED = new Disclosure(false, false, false);

    public Disclosure {
        if (birthDate && !fullIdentifiers) {
            throw new IllegalArgumentException("a birth date beside a masked ID number rebuilds the number");
        }
    }

    /** The policy of a role. */
    public static Disclosure of(Role role) {
        return switch (role) {
            // point of care and the person's own record: identity is checked against the papers
            case DISTRICT_ADMIN, HOSPITAL_DOCTOR, STATION_DOCTOR, RESIDENT, SERVICE, VACCINATION_NURSE, ECG_PHYSICIAN ->
                FULL;
            // know the pupils or the patient in front of them, never need the papers
            case SCHOOL_NURSE, EMERGENCY_OFFICER -> NAMED;
            // review, surveillance, subsidies, indicators, data space: a person is a case, not a name
            case MC_PHARMACIST, CDC_OFFICER, SUBSIDY_OFFICER, DEPARTMENT_OFFICER, DATA_STEWARD, RESEARCHER -> MASKED;
        };
    }
}
