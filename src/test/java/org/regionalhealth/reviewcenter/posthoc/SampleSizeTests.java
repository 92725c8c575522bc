package org.regionalhealth.reviewcenter.posthoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** 《医院处方点评管理规范（试行）》第十二条 sample sizes, and the seeded draw. */
class SampleSizeTests {

    @Test
    void ambulatoryAtLeastOnePerMilleAndAtLeastOneHundred() {
        assertThat(SampleSize.ambulatory(0)).isZero();
        assertThat(SampleSize.ambulatory(57)).isEqualTo(57);
        assertThat(SampleSize.ambulatory(100)).isEqualTo(100);
        assertThat(SampleSize.ambulatory(4_000)).isEqualTo(100);
        assertThat(SampleSize.ambulatory(100_000)).isEqualTo(100);
        assertThat(SampleSize.ambulatory(100_001)).isEqualTo(101);
        assertThat(SampleSize.ambulatory(250_000)).isEqualTo(250);
    }

    @Test
    void inpatientAtLeastOnePercentAndAtLeastThirty() {
        assertThat(SampleSize.inpatient(12)).isEqualTo(12);
        assertThat(SampleSize.inpatient(2_000)).isEqualTo(30);
        assertThat(SampleSize.inpatient(3_001)).isEqualTo(31);
    }

    @Test
    void theSameSeedDrawsTheSamePrescriptions() {
        List<Long> ids = LongStream.rangeClosed(1, 5_000).boxed().toList();
        var a = PosthocReviews.pick(ids, 100, new SplittableRandom(42));
        var b = PosthocReviews.pick(ids, 100, new SplittableRandom(42));
        var c = PosthocReviews.pick(ids, 100, new SplittableRandom(43));
        assertThat(a).hasSize(100).doesNotHaveDuplicates().isEqualTo(b).isNotEqualTo(c);
        assertThat(ids).containsAll(a);
    }

    @Test
    void itemCodesBelongToTheirArticle() {
        assertThat(Grade.NON_STANDARD.items()).hasSize(15);
        assertThat(Grade.INAPPROPRIATE.items()).hasSize(9);
        assertThat(Grade.ABNORMAL.items()).hasSize(4);
        assertThat(Grade.ofItem("NS8")).contains(Grade.NON_STANDARD);
        assertThat(Grade.ofItem("IA8")).contains(Grade.INAPPROPRIATE);
        assertThat(Grade.ofItem("AB5")).isEmpty();
        assertThat(Grade.ofItem("NS0")).isEmpty();
        assertThat(Grade.itemText("NS8")).contains("遵医嘱");
    }
}
