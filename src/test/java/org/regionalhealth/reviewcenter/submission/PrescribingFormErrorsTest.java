package org.regionalhealth.reviewcenter.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The doctor's form says which field is wrong in Chinese, never a field path (issue 14). */
class PrescribingFormErrorsTest {

    @Test
    void lineErrorsAreNamedByLineNumberAndFieldLabel() {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("lines[0].dose", "单次剂量须大于0");
        errors.put("lines[2].frequency", "请选择频次");
        errors.put("birthDate", "出生日期不能晚于今天");
        errors.put("", "处方无法审核");
        assertThat(PrescribingController.errorList(errors))
                .containsExactly("第1行 单次剂量：单次剂量须大于0", "第3行 频次：请选择频次", "出生日期：出生日期不能晚于今天", "处方无法审核")
                .noneMatch(e -> e.contains("lines["));
    }

    @Test
    void requestFieldsMapBackToTheFormLineTheyCameFrom() {
        // form lines 1 and 3 were written; request line 1 is form line 3
        List<Integer> formIndex = List.of(1, 3);
        assertThat(PrescribingController.formField("lines[1].dose", formIndex)).isEqualTo("lines[3].dose");
        assertThat(PrescribingController.formField("lines[0]", formIndex)).isEqualTo("lines[1]");
        assertThat(PrescribingController.formField("patient.birthDate", formIndex))
                .isEqualTo("birthDate");
    }
}
