package org.regionalhealth.appointments.triage;

import java.util.List;

/**
 * A department rule of the triage: symptoms that point to a department of the 诊疗科目 catalogue, with the reason the
 * resident reads.
 *
 * @param organ organ-specific rules (teeth, eyes, ears, skin) win even for children; the others yield to 儿科
 * @param source where the mapping comes from
 */
public record DepartmentRule(String departmentCode, List<String> terms, boolean organ, String reason, String source) {

    long score(String text) {
        return terms.stream().filter(text::contains).count();
    }

    List<String> matched(String text) {
        return terms.stream().filter(text::contains).toList();
    }
}
