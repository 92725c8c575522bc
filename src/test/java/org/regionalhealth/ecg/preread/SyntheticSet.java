package org.regionalhealth.ecg.preread;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.ecg.signal.SyntheticEcg;
import org.regionalhealth.ecg.signal.SyntheticEcg.Spec;

/**
 * The synthetic test set (seeded, reproducible): 300 records of 10 s at 500 Hz, rates uniform in 40–150 bpm; 100 in
 * atrial fibrillation; of the 200 in sinus rhythm 40 with one or two premature atrial beats; noise σ 0.01–0.05 mV and
 * baseline wander up to 0.15 mV; 60 with ST elevation of 0.05–0.40 mV in an inferior (II) or anterior (V2–V4) pattern.
 */
final class SyntheticSet {

    static final int SIZE = 300;

    private SyntheticSet() {}

    static List<Spec> specs() {
        var random = new SplittableRandom(2026_12_07L);
        var specs = new ArrayList<Spec>();
        for (int i = 0; i < SIZE; i++) {
            double rate = random.nextDouble(40, 150);
            Spec spec = i % 3 == 2 ? Spec.atrialFibrillation(rate, 1000 + i) : Spec.sinus(rate, 1000 + i);
            spec = spec.withNoise(random.nextDouble(0.01, 0.05), random.nextDouble(0, 0.15));
            if (i % 3 != 2 && i % 5 == 1) {
                spec = spec.withPrematureBeats(1 + random.nextInt(2));
            }
            if (i % 5 == 3) {
                double st = random.nextDouble(0.05, 0.40);
                spec = spec.withSt(
                        random.nextBoolean() ? Map.of(Lead.II, st) : Map.of(Lead.V2, st, Lead.V3, st, Lead.V4, st));
            }
            specs.add(spec);
        }
        return specs;
    }

    static SyntheticEcg.Result generate(Spec spec) {
        return SyntheticEcg.generate(spec);
    }
}
