package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withHistory;
import static org.regionalhealth.screening.ScreeningFixtures.TODAY;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.DispensedMedicine;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.ScreeningFixtures;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** DDI (research §7 R22–R27). */
class DrugInteractionRuleTest {

    private static List<Finding> ddi(Verdict v) {
        return v.findingsOf("DDI");
    }

    @Test
    void r22SimvastatinWithClarithromycinIsContraindicated() {
        Verdict v = screen(rx(oral("辛伐他汀片", 20, "mg", "qn", 7), oral("克拉霉素片", 250, "mg", "bid", 7))
                .build());
        assertThat(ddi(v)).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T4);
            assertThat(f.action()).isEqualTo(Action.REJECT);
            assertThat(f.evidence()).contains("相互作用条目=DDI-0001");
            assertThat(f.source()).contains("ONC-DDI-2012");
        });
    }

    @Test
    void r23AtorvastatinWithClarithromycinIsNotT4() {
        Verdict v = screen(rx(oral("阿托伐他汀钙片", 20, "mg", "qn", 7), oral("克拉霉素", 250, "mg", "bid", 7))
                .build());
        assertThat(ddi(v)).isNotEmpty().allSatisfy(f -> assertThat(f.tier()).isLessThanOrEqualTo(Tier.T2));
    }

    @Test
    void r24TizanidineWithCiprofloxacinIsContraindicated() {
        Verdict v = screen(rx(oral("替扎尼定", 2, "mg", "tid", 5), oral("环丙沙星片", 500, "mg", "bid", 5))
                .build());
        assertThat(ddi(v)).extracting(Finding::tier).contains(Tier.T4);
    }

    @Test
    void r25SelegilineOrRasagilineWithTramadolIsContraindicated() {
        assertThat(ddi(screen(rx(oral("司来吉兰", 5, "mg", "bid", 7), oral("曲马多", 50, "mg", "tid", 3))
                        .build())))
                .extracting(Finding::tier)
                .contains(Tier.T4);
        assertThat(ddi(screen(rx(oral("雷沙吉兰", 1, "mg", "qd", 7), oral("曲马多", 50, "mg", "tid", 3))
                        .build())))
                .extracting(Finding::tier)
                .contains(Tier.T4);
    }

    @Test
    void r26FebuxostatWithAzathioprineIsContraindicated() {
        Verdict v = screen(rx(oral("非布司他", 40, "mg", "qd", 7), oral("硫唑嘌呤", 50, "mg", "qd", 7))
                .build());
        assertThat(ddi(v)).extracting(Finding::tier).contains(Tier.T4);
    }

    @Test
    void r27SildenafilWithIsosorbideMononitrateIsContraindicated() {
        Verdict v = screen(rx(oral("西地那非", 50, "mg", "qd", 1), oral("单硝酸异山梨酯", 20, "mg", "bid", 7))
                .build());
        assertThat(ddi(v)).extracting(Finding::tier).contains(Tier.T4);
    }

    @Test
    void anInteractionWithARegionalHistoryMedicineCounts() {
        var patient = withHistory(
                ScreeningFixtures.adult(), new DispensedMedicine("克拉霉素片", "XS-CHC-02", TODAY.minusDays(2), 7));
        Verdict v = screen(rx(oral("辛伐他汀", 20, "mg", "qn", 7)).build(), patient);
        assertThat(ddi(v)).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T4);
            assertThat(f.drugs()).anyMatch(d -> d.contains("区域用药史"));
        });
    }

    @Test
    void anExpiredHistoryMedicineDoesNotCount() {
        var patient = withHistory(
                ScreeningFixtures.adult(), new DispensedMedicine("克拉霉素片", "XS-CHC-02", TODAY.minusDays(20), 7));
        assertThat(ddi(screen(rx(oral("辛伐他汀", 20, "mg", "qn", 7)).build(), patient)))
                .isEmpty();
    }

    @Test
    void unrelatedDrugsHaveNoInteraction() {
        assertThat(ddi(screen(rx(oral("氨氯地平", 5, "mg", "qd", 7), oral("二甲双胍", 500, "mg", "bid", 7))
                        .build())))
                .isEmpty();
    }
}
