package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

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
