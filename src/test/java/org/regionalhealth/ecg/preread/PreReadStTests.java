package org.regionalhealth.ecg.preread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.ecg.signal.SyntheticEcg;
import org.regionalhealth.ecg.signal.SyntheticEcg.Spec;
import org.regionalhealth.residents.Sex;

/** ST measured at J + 60 ms against the PR baseline on synthetic records with a known elevation. */
class PreReadStTests {

    private final PreReader reader = new PreReader(StemiCriteria.standard(), 0.1);

    @Test
    void inferiorElevationIsMeasuredWithReciprocalDepressionAndSuspectedAsStemi() {
        var record = SyntheticEcg.generate(Spec.sinus(75, 7).withSt(Map.of(Lead.II, 0.25)));
        var read = reader.read(record.signal(), Sex.MALE, 62);
        assertThat(read.stElevationMv().get(Lead.II)).isCloseTo(0.25, within(0.03));
        assertThat(read.stElevationMv().get(Lead.III)).isCloseTo(0.25, within(0.03));
        assertThat(read.stElevationMv().get(Lead.AVF)).isCloseTo(0.25, within(0.03));
        assertThat(read.stElevationMv().get(Lead.AVL)).isCloseTo(-0.125, within(0.03));
        assertThat(read.stemiSuspected()).isTrue();
        assertThat(read.territories()).containsExactly(Territory.INFERIOR);
        assertThat(read.afSuspected()).isFalse();
        assertThat(read.heartRate()).isCloseTo(record.trueHeartRate(), within(2.0));
    }

    @Test
    void anteriorElevationInAWoman() {
        var record = SyntheticEcg.generate(Spec.sinus(90, 8).withSt(Map.of(Lead.V2, 0.2, Lead.V3, 0.2, Lead.V4, 0.15)));
        var read = reader.read(record.signal(), Sex.FEMALE, 58);
        assertThat(read.stElevationMv().get(Lead.V3)).isCloseTo(0.2, within(0.03));
        assertThat(read.stemiSuspected()).isTrue();
        assertThat(read.stemiLeads()).contains(Lead.V2, Lead.V3, Lead.V4);
    }

    @Test
    void aNormalRecordHasNoElevationAndNoSuspicion() {
        var record = SyntheticEcg.generate(Spec.sinus(68, 9));
        var read = reader.read(record.signal(), Sex.MALE, 50);
        assertThat(read.stElevationMv().values()).allSatisfy(v -> assertThat(v).isCloseTo(0.0, within(0.04)));
        assertThat(read.stemiSuspected()).isFalse();
        assertThat(read.qrsMs()).isBetween(70.0, 120.0);
        assertThat(read.pWaveMv()).isGreaterThan(0.05);
    }

    @Test
    void atrialFibrillationIsSuspectedWithoutAPWave() {
        var record = SyntheticEcg.generate(Spec.atrialFibrillation(95, 10));
        var read = reader.read(record.signal(), Sex.FEMALE, 77);
        assertThat(read.afSuspected()).isTrue();
        assertThat(read.pWaveMv()).isLessThan(0.05);
        assertThat(read.rrIrregularity()).isGreaterThan(0.1);
    }
}
