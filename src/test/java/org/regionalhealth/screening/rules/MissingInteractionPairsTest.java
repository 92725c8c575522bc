package org.regionalhealth.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import org.junit.jupiter.api.Test;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;

/** The interactions the drugs' own labels name and the knowledge base lacked (issue 14, DDI-0401…0423). */
class MissingInteractionPairsTest {

    private static Tier worst(Verdict v) {
        return v.findingsOf("DDI").stream().map(f -> f.tier()).reduce(Tier.T0, Tier::max);
    }

    @Test
    void lithiumWithAnNsaidAThiazideOrAnAceInhibitorIsMajor() {
        assertThat(worst(screen(rx(oral("碳酸锂", 250, "mg", "tid", 7), oral("布洛芬", 200, "mg", "tid", 3))
                        .build())))
                .isEqualTo(Tier.T3);
        assertThat(worst(screen(rx(oral("碳酸锂", 250, "mg", "tid", 7), oral("氢氯噻嗪", 25, "mg", "qd", 7))
                        .build())))
                .isEqualTo(Tier.T3);
    }

    @Test
    void ticagrelorWithClarithromycinAndDomperidoneWithItraconazoleAreContraindicated() {
        assertThat(worst(screen(rx(oral("替格瑞洛", 90, "mg", "bid", 7), oral("克拉霉素", 250, "mg", "bid", 7))
                        .build())))
                .isEqualTo(Tier.T4);
        assertThat(worst(screen(rx(oral("多潘立酮", 10, "mg", "tid", 7), oral("伊曲康唑", 200, "mg", "qd", 7))
                        .build())))
                .isEqualTo(Tier.T4);
    }

    @Test
    void sacubitrilValsartanWithAnAceInhibitorIsContraindicated() {
        assertThat(worst(screen(rx(oral("沙库巴曲缬沙坦", 100, "mg", "bid", 7), oral("依那普利", 10, "mg", "bid", 7))
                        .build())))
                .isEqualTo(Tier.T4);
    }

    @Test
    void sertralineWithVenlafaxineIsMajor() {
        assertThat(worst(screen(rx(oral("舍曲林", 50, "mg", "qd", 7), oral("文拉法辛", 75, "mg", "qd", 7))
                        .build())))
                .isEqualTo(Tier.T3);
    }
}
