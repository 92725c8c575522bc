package org.regionalhealth.childcare.subsidy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.regionalhealth.childcare.SubsidyRule;

/**
 * Eligibility and entitled months of a child under a rule version (pure: no database, no clock).
 *
 * <p>Months: a calendar month of the applied year counts when, on its first day, the child is already born, is
 * under the rule's age limit (the birthday that reaches the limit lies after that day) and the rule is in force.
 * This gives exactly 36 months from birth to the third birthday, and a child under 3 on 2025-01-01 gets the months
 * left ("按应补贴月数折算"). The national text does not say which month starts and ends the count: this reading is
 * ours (docs/childcare.md).
 */
public final class Entitlement {

    private Entitlement() {}

    /** Months of the year the rule pays for this child (0 to 12). */
    public static int months(LocalDate birthDate, int year, SubsidyRule rule) {
        LocalDate limit = birthDate.plusMonths(rule.ageLimitMonths());
        int months = 0;
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(year, m, 1);
            if (!birthDate.isAfter(first) && limit.isAfter(first) && rule.validOn(first)) {
                months++;
            }
        }
        return months;
    }

    /**
     * Why the child is not eligible, by field, in Chinese (empty when eligible).
     *
     * @param hukouTown the 户籍 town code, or {@code OTHER}
     * @param enrolled whether the child is enrolled in a filed institution of the district
     * @param employed whether the applicant declares employment in the district
     */
    public static Map<String, String> problems(
            LocalDate birthDate, int year, String hukouTown, boolean enrolled, boolean employed, SubsidyRule rule) {
        var problems = new LinkedHashMap<String, String>();
        if (months(birthDate, year, rule) == 0) {
            if (!birthDate.plusMonths(rule.ageLimitMonths()).isAfter(LocalDate.of(year, 1, 1))) {
                problems.put(
                        "childIdNumber",
                        "孩子在" + year + "年1月1日已满" + (rule.ageLimitMonths() / 12) + "周岁，不在" + rule.name() + "范围内");
            } else if (birthDate.getYear() >= year) {
                problems.put("period", year + "年度尚无应补贴月份（自出生后的第一个月初起计），请申请下一年度");
            } else {
                problems.put("period", rule.name() + "自" + rule.validFrom() + "起实施，" + year + "年度无应补贴月份");
            }
        }
        if (!hukouTown.startsWith(rule.residencePrefix())) {
            problems.put("hukouTown", "孩子户籍不在本区，请向户籍所在地申请");
        }
        if (rule.requiresEnrolment() && !enrolled) {
            problems.put("childIdNumber", "孩子须在本区已备案的托育机构入托");
        }
        if (rule.requiresEmployment() && !employed) {
            problems.put("employed", "申请人须在本区就业");
        }
        return problems;
    }
}
