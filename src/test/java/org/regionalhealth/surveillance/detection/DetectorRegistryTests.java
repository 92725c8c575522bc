package org.regionalhealth.surveillance.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetectorRegistryTests {

    private final DetectorRegistry registry = new DetectorRegistry();

    @Test
    void buildsFarringtonFromRControlListNames() {
        Detector d = registry.create(
                "farringtonFlexible",
                Map.of(
                        "noPeriods",
                        10,
                        "pastWeeksNotIncluded",
                        26,
                        "thresholdMethod",
                        "nbPlugin",
                        "limit54",
                        List.of(0, 4)));
        FarringtonFlexible.Control c = ((FarringtonFlexible) d).control();
        assertThat(c.noPeriods()).isEqualTo(10);
        assertThat(c.pastWeeksNotIncluded()).isEqualTo(26);
        assertThat(c.thresholdMethod()).isEqualTo(FarringtonFlexible.ThresholdMethod.NB_PLUGIN);
        assertThat(c.limit54Cases()).isEqualTo(0.0);
        assertThat(c.b()).isEqualTo(5);
    }

    @Test
    void registryBuiltDetectorGivesTheSameResultAsTheReference() {
        CountSeries s = ReferenceData.input("salmNewport", "Berlin");
        Detector viaRegistry = registry.create("earsC", Map.of("method", "C3", "baseline", 14, "minSigma", 1));
        Detector direct = new EarsC(EarsC.Method.C3, EarsC.Mode.SURVEILLANCE, 14, 1, Double.NaN, 2);
        assertThat(viaRegistry.detect(s)).isEqualTo(direct.detect(s));
    }

    @Test
    void rejectsAnUnknownParameterByName() {
        assertThatThrownBy(() -> registry.create("earsC", Map.of("baseLine", 7)))
                .isInstanceOfSatisfying(InvalidDetectorParameter.class, e -> {
                    assertThat(e.parameter()).isEqualTo("baseLine");
                    assertThat(e.messageZh()).contains("不支持参数");
                });
    }

    @Test
    void rejectsABadValueByName() {
        assertThatThrownBy(() -> registry.create("farringtonFlexible", Map.of("thresholdMethod", "quantile")))
                .isInstanceOfSatisfying(InvalidDetectorParameter.class, e -> assertThat(e.parameter())
                        .isEqualTo("thresholdMethod"));
        assertThatThrownBy(() -> registry.create("farringtonFlexible", Map.of("b", "five")))
                .isInstanceOfSatisfying(InvalidDetectorParameter.class, e -> assertThat(e.parameter())
                        .isEqualTo("b"));
        assertThatThrownBy(() -> registry.create("holtWinters", Map.of()))
                .isInstanceOfSatisfying(InvalidDetectorParameter.class, e -> assertThat(e.parameter())
                        .isEqualTo("algorithm"));
    }

    @Test
    void fixedThresholdFiresOnASingleCase() {
        Detector d = registry.create("fixedThreshold", Map.of("windowDays", 1, "threshold", 1));
        DetectionResult r = d.detect(CountSeries.indexed(365, 0, 0, 1, 0));
        assertThat(r.points()).extracting(DetectionPoint::alarm).containsExactly(false, false, true, false);
    }
}
