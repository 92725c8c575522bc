package org.regionalhealth.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalhealth.screening.ScreeningFixtures.adult;
import static org.regionalhealth.screening.ScreeningFixtures.oral;
import static org.regionalhealth.screening.ScreeningFixtures.rx;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Module {@code screening} on its own (issue 13 item 7): only the modules it depends on, directly or not (platform,
 * org, residents, drugs), are started; no review center and no demo data. Screening stores nothing and needs no
 * review center: without one, no activated tier → action changes apply.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class ScreeningModuleTests {

    /** 2026-12-01 10:00 in Hangzhou: the day the fixtures' prescriptions are issued. */
    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired
    PrescriptionScreening screening;

    @Autowired
    ScreeningProperties properties;

    @Autowired
    ApplicationContext context;

    @Test
    void screensWithTheKnowledgeBaseAndTheDistrictPolicyWithoutAReviewCenter() {
        assertThat(context.getBeanNamesForType(TierActionChanges.class)).isEmpty();
        var verdict = screening.screen(
                rx(oral("辛伐他汀片", 20, "mg", "qn", 7), oral("克拉霉素片", 250, "mg", "bid", 7))
                        .build(),
                adult());
        assertThat(verdict.status()).isEqualTo(Verdict.Status.SCREENED);
        assertThat(verdict.findingsOf("DDI")).singleElement().satisfies(f -> {
            assertThat(f.tier()).isEqualTo(Tier.T4);
            assertThat(f.action()).isEqualTo(properties.actionFor(Tier.T4));
        });
    }

    @Test
    void screensOnTheDayOfThePlatformClock() {
        var verdict = screening.screen(rx(oral("氨氯地平", 5, "mg", "qd", 7)).build(), adult());
        assertThat(verdict.screenedAt()).isEqualTo(NOW);
        // issued on the clock's day: within its validity
        assertThat(verdict.findingsOf("VALIDITY")).isEmpty();
    }
}
