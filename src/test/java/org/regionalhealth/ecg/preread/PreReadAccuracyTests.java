package org.regionalhealth.ecg.preread;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regionalhealth.ecg.signal.SyntheticEcg;
import org.regionalhealth.residents.Sex;

/**
 * The pre-read on the {@link SyntheticSet}: heart rate within ±2 bpm on at least 98% of records (issue 20), AF
 * sensitivity and specificity measured and held at the figures stated in docs/ecg.md.
 */
class PreReadAccuracyTests {

    private final PreReader reader = new PreReader(StemiCriteria.standard(), 0.1);

    @Test
    void heartRateWithinTwoBeatsOnAtLeast98PercentAndAfSensitivityAndSpecificityAsStated() {
        int withinTwo = 0;
        int af = 0;
        int afFlagged = 0;
        int sinus = 0;
        int sinusFlagged = 0;
        double worst = 0;
        for (var spec : SyntheticSet.specs()) {
            var record = SyntheticSet.generate(spec);
            var read = reader.read(record.signal(), Sex.MALE, 60);
            double error = Math.abs(read.heartRate() - record.trueHeartRate());
            worst = Math.max(worst, error);
            if (error <= 2) {
                withinTwo++;
            } else {
                System.out.printf(
                        "rate miss: %s true %.1f read %.1f (%d QRS of %d)%n",
                        spec.rhythm(),
                        record.trueHeartRate(),
                        read.heartRate(),
                        read.qrsCount(),
                        record.rPeaks().length);
            }
            if (read.afSuspected() != (spec.rhythm() == SyntheticEcg.Rhythm.ATRIAL_FIBRILLATION)) {
                System.out.printf(
                        "AF miss: %s rate %.0f irregularity %.3f P %.3f premature %d%n",
                        spec.rhythm(), spec.heartRate(), read.rrIrregularity(), read.pWaveMv(), spec.prematureBeats());
            }
            if (spec.rhythm() == SyntheticEcg.Rhythm.ATRIAL_FIBRILLATION) {
                af++;
                afFlagged += read.afSuspected() ? 1 : 0;
            } else {
                sinus++;
                sinusFlagged += read.afSuspected() ? 1 : 0;
            }
        }
        double share = withinTwo / (double) SyntheticSet.SIZE;
        double sensitivity = afFlagged / (double) af;
        double specificity = (sinus - sinusFlagged) / (double) sinus;
        System.out.printf(
                "ECG pre-read on %d synthetic records: rate within ±2 bpm %.1f%% (worst %.1f bpm); AF sensitivity %d/%d = %.1f%%, specificity %d/%d = %.1f%%%n",
                SyntheticSet.SIZE,
                share * 100,
                worst,
                afFlagged,
                af,
                sensitivity * 100,
                sinus - sinusFlagged,
                sinus,
                specificity * 100);
        assertThat(share).isGreaterThanOrEqualTo(0.98);
        // measured: 98/100 and 199/200 (docs/ecg.md); a change to the detector that loses more fails here
        assertThat(sensitivity).isGreaterThanOrEqualTo(0.95);
        assertThat(specificity).isGreaterThanOrEqualTo(0.95);
    }
}
