package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** DUP_CLASS (research §7 R30). */
class DuplicateClassRuleTest {

    @Test
    void r30IbuprofenWithDiclofenacIsADuplicateClass() {
        Verdict v = screen(rx(oral("布洛芬", 200, "mg", "tid", 3), oral("双氯芬酸钠肠溶片", 25, "mg", "tid", 3))
                .build());
        assertThat(v.findingsOf("DUP_CLASS")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T2);
            assertThat(f.evidence()).contains("类别=nsaid_nonselective");
        });
    }

    @Test
    void drugsOfDifferentClassesAreNoDuplicate() {
        assertThat(screen(rx(oral("布洛芬", 200, "mg", "tid", 3), oral("氨氯地平", 5, "mg", "qd", 3))
                                .build())
                        .findingsOf("DUP_CLASS"))
                .isEmpty();
    }
}
