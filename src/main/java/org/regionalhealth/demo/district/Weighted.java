package org.regionalhealth.demo.district;

import java.util.SplittableRandom;

/** Draws an index with probability proportional to its weight, given cumulative weights. */
final class Weighted {

    private Weighted() {}

    static int index(SplittableRandom random, int[] cumulative) {
        int value = random.nextInt(cumulative[cumulative.length - 1]);
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > value) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
