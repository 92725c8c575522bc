package org.regionalhealth.prescriptionreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.rx;
import static org.regionalhealth.prescriptionreview.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.prescriptionreview.PrescriptionLine;
import org.regionalhealth.prescriptionreview.Tier;
import org.regionalhealth.prescriptionreview.Verdict;

/** ROUTE_FORM_MISMATCH (research §7 R38). */
class RouteFormRuleTest {

    @Test
    void r38EntericCoatedAspirinForExternalUseIsT3() {
        Verdict v = screen(rx(PrescriptionLine.of("阿司匹林肠溶片", "肠溶片", "外用", 100.0, "mg", "qd", 7))
                .build());
        assertThat(v.findingsOf("ROUTE_FORM_MISMATCH")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T3));
    }

    @Test
    void entericCoatedAspirinByMouthIsFineAndAbbreviationsAreUnderstood() {
        assertThat(screen(rx(PrescriptionLine.of("阿司匹林肠溶片", "肠溶片", "po", 100.0, "mg", "qd", 7))
                                .build())
                        .findingsOf("ROUTE_FORM_MISMATCH"))
                .isEmpty();
    }
}
