package org.regionalhealth.emergency.arrests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.regionalhealth.emergency.Aetiology;
import org.regionalhealth.emergency.ArrestLocation;
import org.regionalhealth.emergency.CardiacArrest;
import org.regionalhealth.emergency.FirstRhythm;
import org.regionalhealth.emergency.Witnessed;

/**
 * Utstein rates on a hand-made registry of ten arrests in two towns (issue 20); every expected figure below is
 * counted by hand from the table in the comment.
 *
 * <pre>
 * #  town attempted witnessed  CPR AED rhythm  ROSC event discharge CPC response
 * 1  T1   yes       bystander  yes yes shock   yes  yes   alive     1   8
 * 2  T1   yes       bystander  yes no  shock   yes  yes   died      -   10
 * 3  T1   yes       bystander  no  no  non     no   no    -         -   12
 * 4  T1   yes       EMS        no  no  shock   yes  yes   alive     3   6
 * 5  T1   yes       unwitness. yes no  non     yes  no    -         -   15
 * 6  T1   no        unwitness. no  no  unknown no   no    -         -   20
 * 7  T1   yes       unwitness. no  no  non     yes  yes   pending   -   14
 * 8  T2   yes       bystander  yes yes shock   yes  yes   alive     2   9
 * 9  T2   no        bystander  no  no  unknown no   no    -         -   -
 * 10 T2   yes       bystander  no  no  unknown no   no    -         -   11
 * </pre>
 */
class UtsteinRatesTests {

    static CardiacArrest arrest(
            int id,
            String town,
            boolean attempted,
            Witnessed witnessed,
            boolean cpr,
            boolean aed,
            FirstRhythm rhythm,
            boolean rosc,
            boolean event,
            @Nullable Boolean discharge,
            @Nullable Integer cpc,
            @Nullable Integer response) {
        return new CardiacArrest(
                id,
                town,
                Instant.parse("2025-03-01T02:00:00Z"),
                60,
                "M",
                ArrestLocation.PUBLIC,
                witnessed,
                Aetiology.MEDICAL,
                attempted,
                true,
                cpr,
                aed,
                null,
                aed ? 1 : 0,
                rhythm,
                response,
                rosc,
                event,
                discharge,
                cpc,
                null,
                null);
    }

    static final Witnessed B = Witnessed.BYSTANDER;
    static final Witnessed E = Witnessed.EMS;
    static final Witnessed U = Witnessed.UNWITNESSED;
    static final FirstRhythm S = FirstRhythm.SHOCKABLE;
    static final FirstRhythm N = FirstRhythm.NON_SHOCKABLE;
    static final FirstRhythm X = FirstRhythm.UNKNOWN;

    static final List<CardiacArrest> REGISTRY = List.of(
            arrest(1, "T1", true, B, true, true, S, true, true, true, 1, 8),
            arrest(2, "T1", true, B, true, false, S, true, true, false, null, 10),
            arrest(3, "T1", true, B, false, false, N, false, false, null, null, 12),
            arrest(4, "T1", true, E, false, false, S, true, true, true, 3, 6),
            arrest(5, "T1", true, U, true, false, N, true, false, null, null, 15),
            arrest(6, "T1", false, U, false, false, X, false, false, null, null, 20),
            arrest(7, "T1", true, U, false, false, N, true, true, null, null, 14),
            arrest(8, "T2", true, B, true, true, S, true, true, true, 2, 9),
            arrest(9, "T2", false, B, false, false, X, false, false, null, null, null),
            arrest(10, "T2", true, B, false, false, X, false, false, null, null, 11));

    @Test
    void theDistrictRatesMatchTheHandCount() {
        var r = UtsteinRates.of("district", REGISTRY);
        assertThat(r.attended()).isEqualTo(10);
        assertThat(r.attempted()).isEqualTo(8);
        // bystander rates over attempted arrests not witnessed by the crew: 1,2,3,5,7,8,10
        assertThat(r.bystanderEligible()).isEqualTo(7);
        assertThat(r.bystanderCprRate()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(r.bystanderAedRate()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(r.roscRate()).isCloseTo(6.0 / 8, within(1e-12));
        assertThat(r.survivedEvent()).isEqualTo(5);
        assertThat(r.survivedEventRate()).isCloseTo(5.0 / 8, within(1e-12));
        // discharge: 7 known (3, 5, 10 died before admission; 1, 2, 4, 8 known), 7 pending
        assertThat(r.dischargeKnown()).isEqualTo(7);
        assertThat(r.dischargePending()).isEqualTo(1);
        assertThat(r.dischargeRate()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(r.goodNeurology()).isEqualTo(2);
        // Utstein comparator: 1, 2, 8; survivors 1 and 8
        assertThat(r.comparator()).isEqualTo(3);
        assertThat(r.comparatorSurvivalRate()).isCloseTo(2.0 / 3, within(1e-12));
        // responses of attempted arrests: 6 8 9 10 | 11 12 14 15
        assertThat(r.medianResponseMinutes()).isEqualTo(10.5);
    }

    @Test
    void eachTownHasItsOwnRates() {
        var towns = UtsteinRates.byTown(REGISTRY);
        assertThat(towns).containsOnlyKeys("T1", "T2");
        var t1 = towns.get("T1");
        assertThat(t1.attended()).isEqualTo(7);
        assertThat(t1.attempted()).isEqualTo(6);
        assertThat(t1.bystanderCprRate()).isCloseTo(3.0 / 5, within(1e-12));
        assertThat(t1.bystanderAedRate()).isCloseTo(1.0 / 5, within(1e-12));
        assertThat(t1.survivedEventRate()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(t1.dischargeRate()).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(t1.comparatorSurvivalRate()).isCloseTo(1.0 / 2, within(1e-12));
        var t2 = towns.get("T2");
        assertThat(t2.attempted()).isEqualTo(2);
        assertThat(t2.bystanderCprRate()).isCloseTo(1.0 / 2, within(1e-12));
        assertThat(t2.dischargeRate()).isCloseTo(1.0 / 2, within(1e-12));
        assertThat(t2.comparatorSurvivalRate()).isEqualTo(1.0);
        assertThat(t2.medianResponseMinutes()).isEqualTo(10.0);
    }

    @Test
    void anEmptyGroupHasNoRatesRatherThanZero() {
        var r = UtsteinRates.of("none", List.of(REGISTRY.get(5)));
        assertThat(r.attended()).isEqualTo(1);
        assertThat(r.attempted()).isZero();
        assertThat(r.bystanderCprRate()).isNull();
        assertThat(r.survivedEventRate()).isNull();
        assertThat(r.medianResponseMinutes()).isNull();
    }
}
