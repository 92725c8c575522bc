package org.regionalhealth.screening.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningCopies.withCreatinine;
import static org.regionalhealth.screening.ScreeningCopies.withEgfr;
import static org.regionalhealth.screening.ScreeningFixtures.KB;
import static org.regionalhealth.screening.ScreeningFixtures.TODAY;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;
import static org.regionalhealth.screening.ScreeningFixtures.screen;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionalhealth.residents.Sex;
import org.regionalhealth.screening.Action;
import org.regionalhealth.screening.Finding;
import org.regionalhealth.screening.PrescriptionLine;
import org.regionalhealth.screening.ScreeningFixtures;
import org.regionalhealth.screening.ScreeningProperties;
import org.regionalhealth.screening.Tier;
import org.regionalhealth.screening.Verdict;
import org.regionalhealth.screening.rules.FindingSink;
import org.regionalhealth.screening.rules.Rule;
import org.regionalhealth.screening.rules.RuleCatalog;
import org.regionalhealth.screening.rules.RuleMetadata;
import org.regionalhealth.screening.rules.ScreeningContext;

/** Engine behaviour: N1, N2, N4, tier policy, renal estimate. */
class ScreeningEngineTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void n1AFailingRuleMakesTheVerdictUnscreenedNotPass() {
        Rule broken = new Rule() {
            @Override
            public RuleMetadata metadata() {
                return RuleMetadata.of("BROKEN", "1", Tier.T0, "坏规则", "test");
            }

            @Override
            public void check(ScreeningContext context, FindingSink findings) {
                throw new IllegalStateException("boom");
            }
        };
        ScreeningEngine engine = new ScreeningEngine(new RuleCatalog(List.of(broken)), ScreeningProperties.defaults());
        Verdict v =
                engine.screen(KB, rx(oral("氨氯地平", 5, "mg", "qd", 7)).build(), ScreeningFixtures.adult(), TODAY, NOW);
        assertThat(v.status()).isEqualTo(Verdict.Status.UNSCREENED);
        assertThat(v.action()).isEqualTo(Action.PHARMACIST_REVIEW);
        assertThat(v.passes()).isFalse();
        assertThat(v.failure()).contains("BROKEN").contains("boom");
    }

    @Test
    void n1AScreeningThatOverrunsItsTimeBudgetIsUnscreened() {
        Rule slow = new Rule() {
            @Override
            public RuleMetadata metadata() {
                return RuleMetadata.of("SLOW", "1", Tier.T0, "慢规则", "test");
            }

            @Override
            public void check(ScreeningContext context, FindingSink findings) {
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ScreeningEngine engine = new ScreeningEngine(new RuleCatalog(List.of(slow)), ScreeningProperties.defaults());
        Verdict v = engine.screen(
                KB,
                rx(oral("氨氯地平", 5, "mg", "qd", 7)).build(),
                ScreeningFixtures.adult(),
                TODAY,
                NOW,
                ScreeningProperties.defaults().actions(),
                java.time.Duration.ofMillis(5));
        assertThat(v.status()).isEqualTo(Verdict.Status.UNSCREENED);
        assertThat(v.failure()).contains("超时");
        assertThat(v.passes()).isFalse();
    }

    @Test
    void n1NoKnowledgeBaseMakesTheVerdictUnscreened() {
        Verdict v = ScreeningFixtures.ENGINE.screen(
                null, rx(oral("氨氯地平", 5, "mg", "qd", 7)).build(), ScreeningFixtures.adult(), TODAY, NOW);
        assertThat(v.status()).isEqualTo(Verdict.Status.UNSCREENED);
        assertThat(v.passes()).isFalse();
    }

    @Test
    void n2AnUnknownDrugIsRoutedToAPharmacist() {
        Verdict v = screen(rx(oral("不存在的神药片", 1, "片", "tid", 3)).build());
        assertThat(v.findingsOf("SYSTEM_CANNOT_REVIEW")).singleElement().satisfies(f -> {
            assertThat(f.action()).isEqualTo(Action.PHARMACIST_REVIEW);
            assertThat(f.message()).contains("不存在的神药片");
        });
        assertThat(v.passes()).isFalse();
    }

    @Test
    void n2EvenALenientPolicyCannotLetAnUnknownDrugPass() {
        var lenient = ScreeningProperties.withActions(Map.of(Tier.T3, Action.NOTICE, Tier.T4, Action.NOTICE));
        var engine = new ScreeningEngine(RuleCatalog.standard(), lenient);
        Verdict v =
                engine.screen(KB, rx(oral("不存在的神药片", 1, "片", "tid", 3)).build(), ScreeningFixtures.adult(), TODAY, NOW);
        assertThat(v.action()).isEqualTo(Action.PHARMACIST_REVIEW);
    }

    @Test
    void aCleanPrescriptionPasses() {
        Verdict v = screen(rx(oral("苯磺酸氨氯地平片", 5, "mg", "qd", 7)).build());
        assertThat(v.status()).isEqualTo(Verdict.Status.SCREENED);
        assertThat(v.findings()).isEmpty();
        assertThat(v.action()).isEqualTo(Action.PASS);
        assertThat(v.passes()).isTrue();
    }

    @Test
    void n4EveryFindingCarriesRuleVersionKbVersionSourceTierAndAction() {
        Verdict v = screen(rx(
                        oral("辛伐他汀", 20, "mg", "qn", 14),
                        oral("克拉霉素", 250, "mg", "bid", 7),
                        oral("不存在的药", 1, "片", "tid", 3),
                        PrescriptionLine.of("阿司匹林肠溶片", "肠溶片", "外用", 100.0, "mg", "qd", 7))
                .diagnoses(List.of())
                .build());
        assertThat(v.findings()).hasSizeGreaterThan(3).allSatisfy(f -> {
            assertThat(f.ruleId()).isNotBlank();
            assertThat(f.ruleVersion()).isNotBlank();
            assertThat(f.kbVersion()).isEqualTo(KB.version().version());
            assertThat(f.source()).isNotBlank();
            assertThat(f.tier()).isNotNull();
            assertThat(f.action()).isNotNull();
            assertThat(f.message()).isNotBlank();
        });
    }

    @Test
    void theDefaultPolicyFollowsResearch35AndIsConfigurable() {
        var d = ScreeningProperties.defaults();
        assertThat(List.of(Tier.values()).stream().map(d::actionFor).toList())
                .containsExactly(
                        Action.PASS, Action.NOTICE, Action.BLOCK_OVERRIDABLE, Action.PHARMACIST_REVIEW, Action.REJECT);
        var custom = ScreeningProperties.withActions(Map.of(Tier.T2, Action.NOTICE));
        var engine = new ScreeningEngine(RuleCatalog.standard(), custom);
        Verdict v = engine.screen(
                KB,
                rx(oral("布洛芬", 200, "mg", "tid", 3), oral("双氯芬酸", 25, "mg", "tid", 3))
                        .build(),
                ScreeningFixtures.adult(),
                TODAY,
                NOW);
        assertThat(v.findingsOf("DUP_CLASS")).extracting(Finding::action).containsOnly(Action.NOTICE);
    }

    @Test
    void creatinineIsTurnedIntoEgfrWhenNoEgfrIsGiven() {
        // 70-year-old man, Scr 176.8 µmol/L (2.0 mg/dL) → eGFR 35.2: metformin "reduce" band (30–45)
        var patient = withCreatinine(ScreeningFixtures.aged(70, Sex.MALE), 176.8, TODAY.minusDays(3));
        Verdict v = screen(
                rx(oral("二甲双胍", 500, "mg", "bid", 7))
                        .diagnoses(ScreeningFixtures.rx().build().diagnoses())
                        .build(),
                patient);
        assertThat(v.findingsOf("RENAL")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T2);
            assertThat(f.evidence().get(0)).contains("eGFR=35.2").contains("CKD-EPI 2021");
        });
    }

    @Test
    void aStaleRenalResultIsNotUsedAndSaysSo() {
        var patient = withEgfr(ScreeningFixtures.adult(), 25.0, TODAY.minusDays(400));
        Verdict v = screen(rx(oral("二甲双胍", 500, "mg", "bid", 7)).build(), patient);
        assertThat(v.findingsOf("RENAL")).singleElement().satisfies(f -> assertThat(f.tier())
                .isEqualTo(Tier.T0));
    }
}
